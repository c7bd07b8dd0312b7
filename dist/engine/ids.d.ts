export type IdPrefix = 'event' | 'sess' | 'conv' | 'resp' | 'item' | 'call';
export declare function mintId(prefix: IdPrefix): string;
