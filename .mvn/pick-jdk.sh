# Sourced by ./mvnw and .ci/run (POSIX sh). Mon Chai needs a JDK >= 21; machines often
# default to an older one with a newer one installed beside it, so when JAVA_HOME (or the
# java on PATH) is older, take the newest JDK >= 21 found in the usual install folders.
monchai_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
monchai_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    current=$JAVA_HOME
  elif command -v java >/dev/null 2>&1; then
    current=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  else
    current=""
  fi
  if [ -n "$current" ] && [ "$(monchai_java_major "$current")" -ge 21 ] 2>/dev/null; then
    export JAVA_HOME="$current"
    return 0
  fi
  best="" best_major=0
  case $- in *f*) noglob=1 ;; *) noglob=0 ;; esac
  set +f  # mvnw runs with globbing off
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$home/bin/javac" ] || continue
    major=$(monchai_java_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best=$home best_major=$major
    fi
  done
  [ "$noglob" = 1 ] && set -f
  if [ -z "$best" ]; then
    echo "Mon Chai needs a JDK 21 or newer: none found (JAVA_HOME=${JAVA_HOME:-unset})." >&2
    echo "Install one (for example a Temurin 21+ package) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
monchai_pick_jdk || exit 1
# Maven's own Guice calls sun.misc.Unsafe, which JDK 24+ warns about on every run; JDK 23+
# knows the option that allows it quietly (older ones would refuse to start with it).
if [ "$(monchai_java_major "$JAVA_HOME")" -ge 23 ] 2>/dev/null; then
  case " ${MAVEN_OPTS:-} " in
    *sun-misc-unsafe-memory-access*) ;;
    *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
  esac
fi
