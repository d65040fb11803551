/**
 * A real OpenID provider (the `oidc-provider` package) for the single sign-on tests, run as its own
 * process: `node --import tsx oidc-provider-process.ts '<json>'` listens on 127.0.0.1 (a free port), prints
 * `LISTENING <issuer>`, and serves discovery, authorization (with its development login and consent
 * pages), token, UserInfo and keys. The JSON names one confidential client (`clientId`,
 * `clientSecret`, `redirectUris`) and the accounts it knows: `{ "<login>": { claims… } }`; any other
 * login is an account with only `preferred_username` equal to the login.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

const settings = JSON.parse(process.argv[2] ?? '{}') as {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  accounts?: Record<string, Record<string, unknown>>;
};
const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        redirect_uris: settings.redirectUris,
        // Signing out here ends the session at the provider too, then comes back to the sign-in page.
        post_logout_redirect_uris: settings.redirectUris.map((u) => new URL('/dang-nhap', u).href),
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    cookies: { keys: ['oidc-test-cookie-key'] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['preferred_username', 'name'],
    },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    async findAccount(_ctx: unknown, id: string) {
      const claims = settings.accounts?.[id] ?? { preferred_username: id };
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
  });
  server.on('request', provider.callback());
  process.stdout.write(`LISTENING ${issuer}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
