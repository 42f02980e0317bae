# Shared settings and helpers of the Exsync server scripts. Sourced, never run.
#
# Every setting is an environment variable with a default; the defaults give a local demo on the embedded
# H2 database. Ports are derived from one port base so that a domain never collides with other services.

SERVER_CONFIG_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PROJECT_DIR=$(cd "$SERVER_CONFIG_DIR/.." && pwd)

PAYARA_HOME=${PAYARA_HOME:-$SERVER_CONFIG_DIR/target/payara6}
EXSYNC_HOME=${EXSYNC_HOME:-$HOME/.exsync}
EXSYNC_DOMAIN=${EXSYNC_DOMAIN:-exsync}
EXSYNC_PORT_BASE=${EXSYNC_PORT_BASE:-28000}
EXSYNC_DB=${EXSYNC_DB:-h2}
EXSYNC_INTERNAL_ADDRESS=${EXSYNC_INTERNAL_ADDRESS:-127.0.0.1}
EXSYNC_PUBLIC_ADDRESS=${EXSYNC_PUBLIC_ADDRESS:-127.0.0.1}
EXSYNC_PG_HOST=${EXSYNC_PG_HOST:-127.0.0.1}
EXSYNC_PG_PORT=${EXSYNC_PG_PORT:-5432}
EXSYNC_PG_DATABASE=${EXSYNC_PG_DATABASE:-test}
EXSYNC_PG_USER=${EXSYNC_PG_USER:-postgres}
EXSYNC_PG_SCHEMA=${EXSYNC_PG_SCHEMA:-exsync}
EXSYNC_SMTP_HOST=${EXSYNC_SMTP_HOST:-localhost}
EXSYNC_SMTP_PORT=${EXSYNC_SMTP_PORT:-2525}
EXSYNC_MAIL_FROM=${EXSYNC_MAIL_FROM:-exsync@localhost}
EXSYNC_HEAP=${EXSYNC_HEAP:-4g}
# How often the invitation mail queue is worked off, in seconds.
EXSYNC_MAIL_QUEUE_SECONDS=${EXSYNC_MAIL_QUEUE_SECONDS:-10}
# Where alerts about broken and recovered consents go (comma-separated); none by default.
EXSYNC_ADMIN_MAIL=${EXSYNC_ADMIN_MAIL:-}

DOMAIN_DIR=$EXSYNC_HOME/domains
SECRETS_DIR=$EXSYNC_HOME/secrets
ADMIN_PORT=$((EXSYNC_PORT_BASE + 48))
INTERNAL_PORT=$((EXSYNC_PORT_BASE + 80))
INTERNAL_TLS_PORT=$((EXSYNC_PORT_BASE + 81))
PUBLIC_PORT=$((EXSYNC_PORT_BASE + 90))
ASADMIN_PASSWORD_FILE=$SECRETS_DIR/asadmin.password
ADMIN_CREDENTIALS_FILE=$SECRETS_DIR/admin-credentials.txt
EAR_FILE=${EAR_FILE:-$PROJECT_DIR/ear/target/exsync.ear}
# The simulated Exchange, SuperOffice and Microsoft sign-in for the demo; 'off' on a real installation.
EXSYNC_SANDBOX=${EXSYNC_SANDBOX:-on}
SANDBOX_WAR_FILE=${SANDBOX_WAR_FILE:-$PROJECT_DIR/sandbox/webapp/target/sandbox.war}
# The sandbox's demo tenant and Exsync's registration in it (org.exsync.sandbox.DemoTenant).
SANDBOX_TENANT_ID=45ece52f-0bf0-3ff6-be66-a2537f72dc1e
SANDBOX_CLIENT_ID=5e7c2a0d-8f41-4b6e-9d3a-e1c0ffee0001
SANDBOX_CLIENT_SECRET=sandbox-demo-client-secret
# The demo world's first associate, Exsync's on-site login to the SuperOffice simulator.
SANDBOX_SUPEROFFICE_USER=ANAISGARCIA
SANDBOX_SUPEROFFICE_PASSWORD='Sandbox-Passw0rd!'
# The simulated Exchange's service account with the impersonation right (DemoTenant.SERVICE_ACCOUNT).
SANDBOX_SERVICE_ACCOUNT=svc-exsync@northwind.example
SANDBOX_SERVICE_PASSWORD=sandbox-demo-service-password
# The certificate of the internal HTTPS listener, which serves the sandbox's Microsoft sign-in.
INTERNAL_TLS_ALIAS=exsync-internal-tls
INTERNAL_TLS_PEM=$SECRETS_DIR/internal-tls.pem

CURRENT_STEP=""

# Runs one named step; on failure says which step failed and stops the script.
step() {
  CURRENT_STEP=$1
  shift
  echo "==> $CURRENT_STEP"
  if ! "$@"; then
    echo "FAILED: step '$CURRENT_STEP' did not complete; nothing after it was done." >&2
    exit 1
  fi
}

fail() {
  echo "ERROR: $*" >&2
  return 1
}

asadmin() {
  "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$ASADMIN_PASSWORD_FILE" \
    --port "$ADMIN_PORT" "$@"
}

# asadmin without output unless it fails; the failing command's output is shown.
asadmin_quiet() {
  local out
  if ! out=$(asadmin "$@" 2>&1); then
    echo "$out" >&2
    return 1
  fi
}

# with_secret_file VAR VALUE command...: runs an asadmin command that reads one more secret from the
# password file, which exists only while the command runs and only the owner can read.
with_secret_file() {
  local var=$1 value=$2 file
  shift 2
  file=$(mktemp "$SECRETS_DIR/.tmp.XXXXXX")
  chmod 600 "$file"
  { cat "$ASADMIN_PASSWORD_FILE"; echo "$var=$value"; } >"$file"
  local rc=0
  "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$file" --port "$ADMIN_PORT" "$@" \
    >/dev/null || rc=$?
  rm -f "$file"
  return $rc
}

domain_exists() {
  [ -f "$DOMAIN_DIR/$EXSYNC_DOMAIN/config/domain.xml" ]
}

domain_running() {
  domain_exists && "$PAYARA_HOME/bin/asadmin" list-domains --domaindir "$DOMAIN_DIR" 2>/dev/null |
    grep -q "^$EXSYNC_DOMAIN running"
}

require_payara() {
  [ -x "$PAYARA_HOME/bin/asadmin" ] ||
    fail "Payara Server is not at $PAYARA_HOME. Build first: mvn -q -DskipTests install (it fetches Payara from Maven Central)."
}

random_secret() {
  head -c 32 /dev/urandom | base64 | tr -d '/+=' | cut -c1-"${1:-32}"
}
