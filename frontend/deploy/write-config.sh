#!/bin/sh
# Writes the SPA's runtime configuration from the container's environment.
set -eu
cat > /usr/share/nginx/html/config.json <<JSON
{ "apiUrl": "${API_URL:?set API_URL}", "oidcAuthority": "${OIDC_AUTHORITY:?set OIDC_AUTHORITY}", "oidcClientId": "${OIDC_CLIENT_ID:-safereturn-spa}" }
JSON
