# Sourced by the bench scripts: builds the system, starts an empty dev stack in its own data directory
# (BENCH_DATA_DIR, default /var/tmp/aode-bench; ports already taken fall back to free ones), waits until
# it is ready and stops it when the script exits (stop_stack). Sets: stack_log, gateway, auth, postgres, and the
# function service_url NAME (a service's direct address, read from the stack's log).

./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package dependency:build-classpath -pl system-tests -am \
  -Dmdep.outputFile="$PWD/system-tests/target/bench.classpath" -Dmdep.includeScope=test \
  -Dmdep.excludeArtifactIds=gateway,auth-server

mkdir -p target
stack_log=target/bench-dev-stack.log
bin/dev-stack --no-build --fresh --data-dir "${BENCH_DATA_DIR:-/var/tmp/aode-bench}" > "$stack_log" 2>&1 &
stack=$!
stop_stack() {
  kill -TERM "$stack" 2>/dev/null || true
  wait "$stack" 2>/dev/null || true
}
trap stop_stack EXIT
# blocks until the ready line is written, or until the stack exits (tail ends with it)
if ! timeout 300 grep -q -m1 'is ready in' < <(tail -n +1 -f --pid="$stack" "$stack_log"); then
  echo "the dev stack was not ready (stopped, or not within 300 s); see $stack_log" >&2
  exit 1
fi

gateway=$(sed -n 's/^ Gateway *\(http[^ ]*\).*/\1/p' "$stack_log" | head -1)
auth=$(sed -n 's/^ Auth-server *\(http[^ ]*\).*/\1/p' "$stack_log" | head -1)
postgres=$(sed -n 's/^ PostgreSQL *\([0-9.:]*\).*/\1/p' "$stack_log" | head -1)

service_url() {
  echo "http://localhost:$(sed -n "s/.*$1 listening on port \([0-9]*\).*/\1/p" "$stack_log" | head -1)"
}
