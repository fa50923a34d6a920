#!/bin/sh
# Prints every ERROR entry (severity 4: "!ENTRY <bundle> 4 <code> <date>") of an Eclipse platform
# log (.metadata/.log) with its message, stack trace and sub-entries; exits 1 if there is one,
# 0 if there is none, 2 if the log cannot be read.
#   releng/log-errors.sh WORKSPACE/.metadata/.log
if [ $# -ne 1 ]; then echo "usage: releng/log-errors.sh LOG_FILE" >&2; exit 2; fi
if [ ! -r "$1" ]; then echo "log-errors: cannot read $1" >&2; exit 2; fi
# An entry runs from its !ENTRY line to the next !ENTRY or !SESSION line; !SUBENTRY lines stay in it.
awk '
  function flush() { if (error) { printf "%s", entry; found = 1 } entry = ""; error = 0 }
  /^!SESSION/ { flush(); next }
  /^!ENTRY / { flush(); error = ($3 == "4") }
  { entry = entry $0 "\n" }
  END { flush(); exit found ? 1 : 0 }
' "$1"
