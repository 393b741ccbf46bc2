// How long a chosen password must and may be (ASVS 5.0, 6.2.1 and 6.2.9): 12 characters at
// least; up to 128, which bounds one scrypt computation while leaving room for long phrases.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
