// SPDX-License-Identifier: GPL-2.0
/*
 * The tracepoint core: probe registration, static keys and static calls,
 * and the module notifier for tracepoints in modules.
 *
 * State of this tree: tracepoints are inert (include/linux/tracepoint.h),
 * so there is nothing to register. This file keeps its place in
 * kernel/Makefile ("obj-$(CONFIG_TRACEPOINTS) += tracepoint.o").
 */
#include <linux/tracepoint.h>
