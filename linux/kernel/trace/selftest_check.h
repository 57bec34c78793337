/* SPDX-License-Identifier: GPL-2.0 */
/*
 * One check of a boot-time self-test: count it, and on failure count that
 * too and say where. Each self-test file includes this once and reads
 * st_checks/st_failed for its verdict line.
 */
#ifndef _TRACE_SELFTEST_CHECK_H
#define _TRACE_SELFTEST_CHECK_H

#include <linux/printk.h>

static int st_checks, st_failed;

#define CHECK(cond, fmt, ...)						\
	do {								\
		st_checks++;						\
		if (!(cond)) {						\
			st_failed++;					\
			pr_err("check failed at line %d: " fmt "\n",	\
			       __LINE__, ##__VA_ARGS__);		\
		}							\
	} while (0)

#endif /* _TRACE_SELFTEST_CHECK_H */
