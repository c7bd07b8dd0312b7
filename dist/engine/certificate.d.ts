export interface LoopbackCertificate {
    cert: string;
    key: string;
    /** Where the certificate PEM was written, for clients to trust. */
    certPath: string;
}
export declare function generateLoopbackCertificate(): Promise<LoopbackCertificate>;
