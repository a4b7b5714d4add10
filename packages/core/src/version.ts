/** Library version, stamped at release. */
export const VERSION = '0.1.0';
