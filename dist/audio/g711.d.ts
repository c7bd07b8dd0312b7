export declare function mulawEncode(samples: Int16Array): Uint8Array;
export declare function mulawDecode(codes: Uint8Array): Int16Array;
export declare function alawEncode(samples: Int16Array): Uint8Array;
export declare function alawDecode(codes: Uint8Array): Int16Array;
