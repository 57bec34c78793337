// SPDX-License-Identifier: GPL-2.0
/*
 * fn_target - functions for the function tracer tests to trace.
 *
 * The functions do nothing but exist, each with a name the tests can
 * match exactly or with a glob (fntgt_alpha, fntgt_beta, fntgt_gamma_fn,
 * fntgt_lockless_delta). A test calls them, in its own task, by writing
 * "NAME,COUNT" to /sys/module/fn_target/parameters/call, e.g.
 *
 *	echo alpha,3 > /sys/module/fn_target/parameters/call
 *
 * calls fntgt_alpha() three times from fntgt_call() (which is what their
 * "<-parent" column shows). "all,N" calls each of them N times. Writing
 * "depth,N" nests N calls of fntgt_deep() (for the stack tracer and
 * func_stack_trace tests).
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/string.h>

int fntgt_alpha(int x);
int fntgt_beta(int x);
int fntgt_gamma_fn(int x);
int fntgt_lockless_delta(int x);
int fntgt_deep(int n);
int fntgt_call(const char *name, int count);

/* Volatile sink: the calls must not be optimised away. */
static volatile int fntgt_sink;

noinline int fntgt_alpha(int x)
{
	fntgt_sink += x;
	return fntgt_sink;
}

noinline int fntgt_beta(int x)
{
	fntgt_sink -= x;
	return fntgt_sink;
}

noinline int fntgt_gamma_fn(int x)
{
	fntgt_sink ^= x;
	return fntgt_sink;
}

noinline int fntgt_lockless_delta(int x)
{
	fntgt_sink |= x;
	return fntgt_sink;
}

/* Recursion with a frame of its own, so stacks get measurably deeper. */
noinline int fntgt_deep(int n)
{
	volatile char pad[64];

	pad[0] = n;
	if (n <= 0)
		return fntgt_alpha(pad[0]);
	return fntgt_deep(n - 1) + pad[0];
}

static const struct {
	const char	*name;
	int		(*fn)(int x);
} fntgt_funcs[] = {
	{ "alpha",	fntgt_alpha },
	{ "beta",	fntgt_beta },
	{ "gamma",	fntgt_gamma_fn },
	{ "delta",	fntgt_lockless_delta },
};

noinline int fntgt_call(const char *name, int count)
{
	int i, j, hit = 0;

	if (!strcmp(name, "depth")) {
		fntgt_deep(count);
		return 0;
	}
	for (i = 0; i < ARRAY_SIZE(fntgt_funcs); i++) {
		if (strcmp(name, "all") && strcmp(name, fntgt_funcs[i].name))
			continue;
		hit = 1;
		for (j = 0; j < count; j++)
			fntgt_funcs[i].fn(j);
	}
	return hit ? 0 : -EINVAL;
}

/* Context: a write to parameters/call, in the writing task. */
static int fntgt_call_set(const char *val, const struct kernel_param *kp)
{
	char name[16];
	const char *comma = strchr(val, ',');
	int count = 1;

	if (!comma || comma - val >= sizeof(name))
		return -EINVAL;
	memcpy(name, val, comma - val);
	name[comma - val] = '\0';
	if (kstrtoint(comma + 1, 10, &count) || count < 0 || count > 100000)
		return -EINVAL;
	return fntgt_call(name, count);
}

static const struct kernel_param_ops fntgt_call_ops = {
	.set	= fntgt_call_set,
};
module_param_cb(call, &fntgt_call_ops, NULL, 0200);
MODULE_PARM_DESC(call, "NAME,COUNT: call fntgt_NAME() COUNT times");

MODULE_DESCRIPTION("ftrace selftest: functions to trace");
MODULE_LICENSE("GPL");
