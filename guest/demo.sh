#!/bin/sh
# The non-interactive `make run` demo: write a marker, print the trace.
cd /sys/kernel/tracing || exit 1
echo "### uname: $(uname -r)"
echo "### mounts:"
grep -E 'tracefs|debugfs' /proc/mounts
echo "### ls /sys/kernel/tracing:"
ls
echo 1 > tracing_on
if [ -e trace_marker ]; then
	echo "hello from make run" > trace_marker
	echo "### cat trace:"
	cat trace
else
	echo "### trace_marker and trace come with the ring buffer (not in this build yet)"
	echo "### cat README:"
	cat README
fi
