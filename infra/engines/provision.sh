#!/usr/bin/env bash
# Fetch/build the native test engines into the engine cache (idempotent; ~50 ms when cached).
#
#   infra/engines/provision.sh [all|kafka|ferretdb] [--print]
#
#   kafka     Apache Kafka (version from kafka/pom.xml, or $CB_KAFKA_VERSION) jars via Maven into
#             $CACHE/kafka-<version>/libs, plus the ParentWatch launcher compiled with javac.
#   ferretdb  FerretDB wrapper (version from ferretdb/go.mod) built with `go build` into
#             $CACHE/ferretdb-<version>/ferretdb.
#   --print   print KEY=VALUE lines (KAFKA_VERSION, KAFKA_HOME, FERRETDB_VERSION, FERRETDB_BIN) on
#             stdout; progress always goes to stderr. index.ts relies on this.
#
# Cache: $CB_ENGINE_CACHE, default $HOME/.cache/career-boost-engines. Each entry carries a stamp
# (hash of the inputs that produced it), so editing pom.xml / main.go / go.sum rebuilds it.
# Concurrent runs are serialised with flock.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="${CB_ENGINE_CACHE:-$HOME/.cache/career-boost-engines}"

what=all
print=0
for arg in "$@"; do
  case "$arg" in
    all|kafka|ferretdb) what="$arg" ;;
    --print) print=1 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "provision.sh: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

log() { echo "[engines] $*" >&2; }
die() { echo "[engines] ERROR: $*" >&2; exit 1; }
now() { date +%s; }
hash_files() { cat "$@" | sha256sum | cut -d' ' -f1; }

mkdir -p "$CACHE"

provision_kafka() {
  command -v mvn >/dev/null || die "mvn (Maven 3) is required to fetch Kafka"
  local javac="javac"
  [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]] && javac="$JAVA_HOME/bin/javac"
  command -v "$javac" >/dev/null || die "javac (a JDK >= 11) is required for the Kafka launcher"

  local pom="$HERE/kafka/pom.xml" src="$HERE/kafka/ParentWatch.java"
  local version="${CB_KAFKA_VERSION:-}"
  if [[ -z "$version" ]]; then
    version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$pom" | head -n1)"
  fi
  [[ -n "$version" ]] || die "cannot read <kafka.version> from $pom"

  local home="$CACHE/kafka-$version"
  local stamp="kafka $version $(hash_files "$pom" "$src")"
  KAFKA_VERSION="$version"; KAFKA_HOME="$home"

  if [[ -f "$home/.stamp" && "$(cat "$home/.stamp")" == "$stamp" ]]; then return 0; fi

  mkdir -p "$home"
  exec 8>"$CACHE/.kafka-$version.lock"
  flock 8
  if [[ -f "$home/.stamp" && "$(cat "$home/.stamp")" == "$stamp" ]]; then exec 8>&-; return 0; fi

  local t0; t0=$(now)
  log "fetching Apache Kafka $version and its runtime dependencies with Maven into $home/libs (first run only; ~1 min on a cold ~/.m2)..."
  rm -f "$home/.stamp"
  rm -rf "$home/libs.tmp" "$home/launcher.tmp"
  mvn -q -B -f "$pom" -Dkafka.version="$version" \
    dependency:copy-dependencies -DoutputDirectory="$home/libs.tmp" 2>&1 \
    | sed -e 's/\x1b\[[0-9;]*m//g' >&2 \
    || die "mvn dependency:copy-dependencies failed for Kafka $version"
  [[ -f "$home/libs.tmp/kafka_2.13-$version.jar" ]] || die "kafka_2.13-$version.jar missing after Maven run"
  mkdir -p "$home/launcher.tmp"
  "$javac" -nowarn --release 11 -d "$home/launcher.tmp" "$src" >&2 || die "javac ParentWatch.java failed"
  rm -rf "$home/libs" "$home/launcher"
  mv "$home/libs.tmp" "$home/libs"
  mv "$home/launcher.tmp" "$home/launcher"
  echo "$stamp" >"$home/.stamp"
  log "Kafka $version ready ($(ls "$home/libs" | wc -l) jars, $(du -sh "$home/libs" | cut -f1)) in $(( $(now) - t0 ))s"
  exec 8>&-
}

provision_ferretdb() {
  command -v go >/dev/null || die "go (>= 1.24) is required to build the FerretDB wrapper"
  local dir="$HERE/ferretdb"
  local version
  version="$(awk '$1 == "github.com/FerretDB/FerretDB" { print $2 } $1 == "require" && $2 == "github.com/FerretDB/FerretDB" { print $3 }' "$dir/go.mod" | head -n1)"
  [[ -n "$version" ]] || die "cannot read the FerretDB version from $dir/go.mod"
  version="${version#v}"

  local home="$CACHE/ferretdb-$version"
  local stamp="ferretdb $version $(hash_files "$dir/go.mod" "$dir/go.sum" "$dir/main.go")"
  FERRETDB_VERSION="$version"; FERRETDB_BIN="$home/ferretdb"

  if [[ -x "$home/ferretdb" && -f "$home/.stamp" && "$(cat "$home/.stamp")" == "$stamp" ]]; then return 0; fi

  mkdir -p "$home"
  exec 9>"$CACHE/.ferretdb-$version.lock"
  flock 9
  if [[ -x "$home/ferretdb" && -f "$home/.stamp" && "$(cat "$home/.stamp")" == "$stamp" ]]; then exec 9>&-; return 0; fi

  local t0; t0=$(now)
  log "building FerretDB $version (SQLite backend) with go build into $home (first run only; ~1-2 min)..."
  rm -f "$home/.stamp"
  (cd "$dir" && CGO_ENABLED=0 go build -mod=readonly -trimpath -buildvcs=false -o "$home/ferretdb.tmp" .) >&2 \
    || die "go build of the FerretDB wrapper failed"
  mv -f "$home/ferretdb.tmp" "$home/ferretdb"
  echo "$stamp" >"$home/.stamp"
  log "FerretDB $version ready: $home/ferretdb in $(( $(now) - t0 ))s"
  exec 9>&-
}

case "$what" in
  kafka) provision_kafka ;;
  ferretdb) provision_ferretdb ;;
  all) provision_kafka; provision_ferretdb ;;
esac

if [[ $print == 1 ]]; then
  [[ -n "${KAFKA_HOME:-}" ]] && printf 'KAFKA_VERSION=%s\nKAFKA_HOME=%s\n' "$KAFKA_VERSION" "$KAFKA_HOME"
  [[ -n "${FERRETDB_BIN:-}" ]] && printf 'FERRETDB_VERSION=%s\nFERRETDB_BIN=%s\n' "$FERRETDB_VERSION" "$FERRETDB_BIN"
fi
exit 0
