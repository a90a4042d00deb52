#!/usr/bin/env bash
# Rewrites identity/src/main/resources/realm/court-realm.production.json from court-realm.json (ProductionRealmExport).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/jdk.sh # a JDK >= 21 for Maven
mvn -B -q -pl identity test -Dtest=ProductionRealmTest -Dsurefire.failIfNoSpecifiedTests=false -Drealm.regenerate=true
echo "wrote identity/src/main/resources/realm/court-realm.production.json"
