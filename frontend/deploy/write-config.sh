#!/bin/sh
# Writes the SPA's runtime configuration from the container's environment, and the security
# headers nginx sends on every path: the Content-Security-Policy lets the page talk only to its
# own origin, the API and Keycloak, which are known only here.
set -eu
cat > /usr/share/nginx/html/config.json <<JSON
{ "apiUrl": "${API_URL:?set API_URL}", "oidcAuthority": "${OIDC_AUTHORITY:?set OIDC_AUTHORITY}", "oidcClientId": "${OIDC_CLIENT_ID:-safereturn-spa}" }
JSON
origin() { echo "$1" | sed -E 's#^(https?://[^/]+).*#\1#'; }
API_ORIGIN=$(origin "$API_URL")
KEYCLOAK_ORIGIN=$(origin "$OIDC_AUTHORITY")
cat > /etc/nginx/snippets-safereturn-headers.conf <<CONF
add_header Content-Security-Policy "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self' $API_ORIGIN $KEYCLOAK_ORIGIN; frame-src $KEYCLOAK_ORIGIN; form-action 'self' $KEYCLOAK_ORIGIN; frame-ancestors 'none'; base-uri 'none'; object-src 'none'" always;
add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;
add_header X-Content-Type-Options nosniff always;
add_header Referrer-Policy no-referrer always;
add_header X-Frame-Options DENY always;
add_header Permissions-Policy "camera=(), microphone=(), geolocation=()" always;
CONF
