#!/usr/bin/env bash
# Installs Python's icalendar library (Debian's python3-icalendar, 4.0.3 on bookworm): the iCalendar parser from
# another ecosystem that reads what `upgrade-guard plan --format ics` writes in the calendar test.
set -euo pipefail
# Debian's package installs for Debian's interpreter, which a pyenv or venv python3 earlier on PATH does not see.
PYTHON=/usr/bin/python3; [ -x "$PYTHON" ] || PYTHON=python3
if "$PYTHON" -c 'import icalendar' >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q --no-install-recommends python3-icalendar >/dev/null 2>&1 || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends python3-icalendar >/dev/null; }
"$PYTHON" -c 'import icalendar; print("icalendar", icalendar.__version__)'
