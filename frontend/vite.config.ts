import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy the SPA is served with (deploy/write-config.sh writes the same for
 * nginx): its own origin, the API and Keycloak only. The preview that end-to-end tests drive sends
 * it too, from SPA_CSP_ORIGINS, so the tests prove the SPA works under it.
 */
function contentSecurityPolicy(origins: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${origins}`,
    `frame-src ${origins}`,
    `form-action 'self' ${origins}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}
const cspOrigins = process.env.SPA_CSP_ORIGINS;

// Ports follow the plan: dev 5173 (bin/run), preview 5183 (bin/test); both overridable with --port.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The contract at the repository's root may be read (a test holds the messages to its problem
  // codes); nothing else outside the SPA's folder.
  server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: ['.'] } },
  preview: {
    host: '127.0.0.1',
    port: 5183,
    strictPort: true,
    headers: cspOrigins ? { 'Content-Security-Policy': contentSecurityPolicy(cspOrigins) } : {},
  },
  build: { sourcemap: false },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
