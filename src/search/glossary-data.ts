export const SECURITY_GLOSSARY: readonly (readonly string[])[] = [
  ['多要素認証', '二要素認証', '二段階認証', 'mfa', '2fa'],
];
