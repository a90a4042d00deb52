# Sourced by ./portal and the bench scripts: finds a JDK >= 21 (JAVA_HOME first, then java on the PATH,
# then the usual JVM folder, newest first) and puts it first on PATH.
java_version() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
find_jdk() {
  local candidates=() c v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  command -v java >/dev/null 2>&1 && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  for c in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${c%/}"); done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    v=$(java_version "$c"); v=${v%%.*}
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then printf '%s' "$c"; return 0; fi
  done
  return 1
}
JDK=$(find_jdk) || { echo "no JDK 21 or newer found (looked at JAVA_HOME, java on PATH and /usr/lib/jvm). Install one and set JAVA_HOME." >&2; exit 1; }
export JAVA_HOME=$JDK PATH=$JDK/bin:$PATH
