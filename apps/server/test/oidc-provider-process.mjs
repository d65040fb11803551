/**
 * A real OpenID provider (the `oidc-provider` package) for the single sign-on tests, run as its own
 * process: `node oidc-provider-process.mjs '<json>'` listens on 127.0.0.1 (a free port), prints
 * `LISTENING <issuer>`, and serves discovery, authorization (with its development login and consent
 * pages), token, UserInfo and keys. The JSON names one confidential client (`clientId`,
 * `clientSecret`, `redirectUris`) and the accounts it knows: `{ "<login>": { claims… } }`; any other
 * login is an account with only `preferred_username` equal to the login.
 */
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const settings = JSON.parse(process.argv[2] ?? '{}');
const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const issuer = `http://127.0.0.1:${address.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        redirect_uris: settings.redirectUris,
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
    async findAccount(_ctx, id) {
      const claims = settings.accounts?.[id] ?? { preferred_username: id };
      return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
    },
  });
  server.on('request', provider.callback());
  process.stdout.write(`LISTENING ${issuer}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
