#!/usr/bin/env bash
# Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the last committed schema
# to the working one. (`migrate dev` needs a shadow database, which the offline wasm engine
# handles poorly; a datamodel-to-datamodel diff needs none.) Review the SQL before committing.
set -euo pipefail
name=${1:?usage: scripts/new-migration.sh NAME}
cd "$(dirname "$0")/.."
base=$(mktemp --suffix .prisma)
git show HEAD:prisma/schema.prisma > "$base"
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
node scripts/prisma.mjs migrate diff --from-schema-datamodel "$base" --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
rm -f "$base"
echo "wrote $dir/migration.sql"
