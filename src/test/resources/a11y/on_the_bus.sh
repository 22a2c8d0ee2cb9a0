#!/bin/bash
# Runs inside `dbus-run-session`: starts the accessibility bus (AT-SPI) and turns it on, as a
# desktop does when a screen reader is in use, starts the Java program given after the
# scenario with the ATK bridge, reads it with read_aloud.py, then stops the program.
# Usage: on_the_bus.sh read_aloud.py scenario.json java [args…]
set -u
reader=$1 scenario=$2
shift 2
/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus_launcher=$!
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
  sleep 0.2
done
# What GNOME sets when a screen reader is on; toolkits (the ATK bridge too) read it at start.
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
  string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null
"$@" > program.log 2>&1 &
program=$!
/usr/bin/python3 "$reader" "$scenario"
status=$?
kill "$program" 2>/dev/null
wait "$program" 2>/dev/null
kill "$bus_launcher" 2>/dev/null
exit $status
