// The extension's ids, which IT policies name. Chrome/Edge derive the id of the unpacked build from the manifest key
// below; a signed package (a store's, or `npm run crx` with the IT's key) has its signer's id. Firefox uses the
// gecko id. Tests check both against the built extension.
export const CHROME_EXTENSION_ID = 'epdjlcikgfiomgefgimbgfkdfohhbmck';
export const FIREFOX_EXTENSION_ID = 'admincenter-wegweiser@wegweiser.invalid';

/** The public half of the development key the unpacked build's id derives from (no private half is kept: a package's id is its signer's). */
export const CHROME_PUBLIC_KEY = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnKm7PoOnYZBzIydRiE4BQ08F3DWPlKipO6454UzTylv6+2R5u0/pNmkikINkRIthunB8MiNlcvNS+08tErspJRwiykD0d/vViMsbwXcWnwCfyDLAaKYhFDqaHtKNbpk10FQ+5eDdtI+BMUO5R2hF24XK2+WB0hEhYs101Qv0kp5u0gCq6GjS7nYCxbwQK1BDpH50C+GLiRKAgG/MxqOItBQ0rR7RNPiPCPO355unRn68OPxVBOUswuCZXO/3zPw+BSoiTW2M+QCln3DD34i/YSmkHZozgYro7gFjqC4GwRZAnc8bsUIjAXbD/86xoboEl11VFjTdGmFs2LLKXllNNwIDAQAB';
