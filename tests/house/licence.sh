#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The licence holds everywhere: LICENSE is the GNU GPL version 3, and every source file (C++,
# CMake, shell, Python, the scripts) names GPL-3.0-or-later in an SPDX line at its top (after
# a #! line). Usage: licence.sh SOURCE_DIR
set -euo pipefail
cd "$1"
grep -q "GNU GENERAL PUBLIC LICENSE" LICENSE && grep -q "Version 3, 29 June 2007" LICENSE ||
    { echo "LICENSE is not the GNU GPL version 3"; exit 1; }
missing=0
while IFS= read -r -d '' file; do
    if ! head -2 "$file" | grep -q "SPDX-License-Identifier: GPL-3.0-or-later"; then
        echo "$file: no SPDX-License-Identifier: GPL-3.0-or-later line at the top"
        missing=$((missing + 1))
    fi
done < <(find app core ui tests scripts cmake packaging .ci CMakeLists.txt -type f \
    \( -name '*.cpp' -o -name '*.h' -o -name '*.sh' -o -name '*.py' -o -name '*.cmake' \
       -o -name CMakeLists.txt -o -path 'scripts/*' -o -path '.ci/*' \) \
    -not -path 'tests/fuzz/corpus/*' -not -path 'tests/golden/*/*/*' -print0)
[ "$missing" -eq 0 ] || { echo "$missing source files without the licence line"; exit 1; }
echo "LICENSE is the GPL version 3; every source file says GPL-3.0-or-later"
