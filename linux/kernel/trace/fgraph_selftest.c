// SPDX-License-Identifier: GPL-2.0
/*
 * Boot-time self-test of the function graph core (fgraph.c), built with
 * CONFIG_FTRACE_STARTUP_TEST when the graph core is.
 *
 * Hooks the functions of fgraph_selftest_fns.c, which only this test
 * calls, and checks: entries and returns pair up with the right depths
 * through nested calls; return values (%rax, and %rax:%rdx) survive the
 * hook and reach the return handler; per-call data comes back; two
 * clients with different filters share the frames; a stack trace taken
 * inside a hooked call shows the real callers and never
 * return_to_handler; calls deeper than the shadow stack overrun cleanly;
 * and a task sleeping in a hooked call while its client unregisters
 * still returns to its caller, without calling the gone client.
 *
 * Prints "fgraph self-test: PASSED (...)" or "... FAILED (...)" and one
 * line per failed check. Runs at late_initcall.
 */
#define pr_fmt(fmt) "fgraph self-test: " fmt

#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/ftrace.h>
#include <linux/init.h>
#include <linux/kallsyms.h>
#include <linux/kthread.h>
#include <linux/sched.h>
#include "fgraph_internal.h"
#include "fgraph_selftest.h"
#include "selftest_check.h"

enum { ST_LEAF, ST_MIDDLE, ST_OUTER, ST_WIDE, ST_RECURSE, ST_TLEAF,
       ST_TPARENT, ST_SLEEPER, ST_NR };

static void *const st_fns[ST_NR] = {
	[ST_LEAF]	= fgraph_st_leaf,
	[ST_MIDDLE]	= fgraph_st_middle,
	[ST_OUTER]	= fgraph_st_outer,
	[ST_WIDE]	= fgraph_st_wide,
	[ST_RECURSE]	= fgraph_st_recurse,
	[ST_TLEAF]	= fgraph_st_trace_leaf,
	[ST_TPARENT]	= fgraph_st_trace_parent,
	[ST_SLEEPER]	= fgraph_st_sleeper,
};
static unsigned long st_site[ST_NR];

/* Called through these so the compiler cannot look inside. */
static int (* volatile st_outer)(int) = fgraph_st_outer;
static int (* volatile st_leaf)(int) = fgraph_st_leaf;
static int (* volatile st_recurse)(int) = fgraph_st_recurse;
static struct fgraph_st_pair (* volatile st_wide)(unsigned long,
						  unsigned long) = fgraph_st_wide;
static unsigned int (* volatile st_trace)(unsigned long *, unsigned int) =
	fgraph_st_trace_parent;
static int (* volatile st_sleeper)(int, atomic_t *, struct completion *) =
	fgraph_st_sleeper;

#define ST_COOKIE	0xf9a9c0de00000000UL

/* One test client: what it saw per function. */
struct st_client {
	struct fgraph_ops	g;
	atomic_t		ent[ST_NR];
	atomic_t		ret[ST_NR];
	int			ent_depth[ST_NR];
	int			ret_depth[ST_NR];
	unsigned long		retval[ST_NR];
	unsigned long long	calltime[ST_NR], rettime[ST_NR];
	atomic_t		bad_data;
	bool			use_data;
};

static int st_index(unsigned long func)
{
	int i;

	for (i = 0; i < ST_NR; i++)
		if (st_site[i] == func)
			return i;
	return -1;
}

static int st_entry(struct ftrace_graph_ent *ent, struct fgraph_ops *g)
{
	struct st_client *c = container_of(g, struct st_client, g);
	int i = st_index(ent->func);
	unsigned long *d;

	if (i < 0)
		return 0;
	atomic_inc(&c->ent[i]);
	c->ent_depth[i] = ent->depth;
	if (c->use_data) {
		d = fgraph_reserve_data(g->idx, 2 * sizeof(long));
		if (!d) {
			atomic_inc(&c->bad_data);
		} else {
			d[0] = ST_COOKIE | ent->depth;
			d[1] = ent->func;
		}
	}
	return 1;
}

static void st_return(struct ftrace_graph_ret *ret, struct fgraph_ops *g)
{
	struct st_client *c = container_of(g, struct st_client, g);
	int i = st_index(ret->func), size = 0;
	unsigned long *d;

	if (i < 0)
		return;
	atomic_inc(&c->ret[i]);
	c->ret_depth[i] = ret->depth;
	c->calltime[i] = ret->calltime;
	c->rettime[i] = ret->rettime;
	if (IS_ENABLED(CONFIG_FUNCTION_GRAPH_RETVAL))
		c->retval[i] = fgraph_get_retval(ret);
	if (c->use_data) {
		d = fgraph_retrieve_data(g->idx, &size);
		if (!d || size != 2 * sizeof(long) ||
		    d[0] != (ST_COOKIE | ret->depth) || d[1] != ret->func)
			atomic_inc(&c->bad_data);
	}
}

static void st_client_init(struct st_client *c, bool use_data)
{
	memset(c, 0, sizeof(*c));
	c->g.entryfunc = st_entry;
	c->g.retfunc = st_return;
	c->use_data = use_data;
}

static int st_filter(struct st_client *c, int fn)
{
	return ftrace_set_filter_ip(&c->g.ops, (unsigned long)st_fns[fn], 0, 0);
}

static void st_client_done(struct st_client *c)
{
	unregister_ftrace_graph(&c->g);
	ftrace_free_filter(&c->g.ops);
}

static int ent(struct st_client *c, int i) { return atomic_read(&c->ent[i]); }
static int ret(struct st_client *c, int i) { return atomic_read(&c->ret[i]); }

static bool st_in_func(unsigned long addr, void *fn)
{
	unsigned long size, off;

	if (!kallsyms_lookup_size_offset((unsigned long)fn, &size, &off))
		return false;
	return addr > (unsigned long)fn && addr < (unsigned long)fn + size;
}

static struct st_client st_a, st_b;

/* Nesting, depths, return values, per-call data: one client. */
static void st_nesting(void)
{
	struct st_client *a = &st_a;
	struct fgraph_st_pair p;
	int i, r, base;

	st_client_init(a, true);
	CHECK(!st_filter(a, ST_LEAF) && !st_filter(a, ST_MIDDLE) &&
	      !st_filter(a, ST_OUTER) && !st_filter(a, ST_WIDE),
	      "set filter");
	CHECK(!register_ftrace_graph(&a->g), "register");
	for (i = 0; i < 10; i++) {
		r = st_outer(i);
		CHECK(r == i + 111, "outer(%d) returned %d", i, r);
	}
	CHECK(ent(a, ST_OUTER) == 10 && ret(a, ST_OUTER) == 10 &&
	      ent(a, ST_MIDDLE) == 10 && ret(a, ST_MIDDLE) == 10 &&
	      ent(a, ST_LEAF) == 10 && ret(a, ST_LEAF) == 10,
	      "entries/returns outer %d/%d middle %d/%d leaf %d/%d",
	      ent(a, ST_OUTER), ret(a, ST_OUTER), ent(a, ST_MIDDLE),
	      ret(a, ST_MIDDLE), ent(a, ST_LEAF), ret(a, ST_LEAF));
	base = a->ent_depth[ST_OUTER];
	CHECK(a->ent_depth[ST_MIDDLE] == base + 1 &&
	      a->ent_depth[ST_LEAF] == base + 2 &&
	      a->ret_depth[ST_OUTER] == base &&
	      a->ret_depth[ST_MIDDLE] == base + 1 &&
	      a->ret_depth[ST_LEAF] == base + 2,
	      "depths: entry %d %d %d, return %d %d %d",
	      base, a->ent_depth[ST_MIDDLE], a->ent_depth[ST_LEAF],
	      a->ret_depth[ST_OUTER], a->ret_depth[ST_MIDDLE],
	      a->ret_depth[ST_LEAF]);
	CHECK(a->calltime[ST_OUTER] <= a->calltime[ST_LEAF] &&
	      a->calltime[ST_LEAF] <= a->rettime[ST_LEAF] &&
	      a->rettime[ST_LEAF] <= a->rettime[ST_OUTER],
	      "call and return times out of order");
	if (IS_ENABLED(CONFIG_FUNCTION_GRAPH_RETVAL))
		CHECK(a->retval[ST_OUTER] == 9 + 111 &&
		      a->retval[ST_LEAF] == 9 + 1,
		      "retval seen %lu %lu", a->retval[ST_OUTER],
		      a->retval[ST_LEAF]);

	p = st_wide(0x1234, 0x5678);
	CHECK(p.lo == (0x1234 ^ 0x5555) && p.hi == (0x5678 ^ 0xaaaa),
	      "two-register return value lost: %lx %lx", p.lo, p.hi);
	CHECK(ent(a, ST_WIDE) == 1 && ret(a, ST_WIDE) == 1, "wide not hooked");
	CHECK(!atomic_read(&a->bad_data), "per-call data wrong %d times",
	      atomic_read(&a->bad_data));
	st_client_done(a);
	r = st_outer(1);
	CHECK(r == 112 && ent(a, ST_OUTER) == 10 && ret(a, ST_OUTER) == 10,
	      "handlers ran after unregister");
}

/* Two clients with different filters, sharing frames. */
static void st_two_clients(void)
{
	struct st_client *a = &st_a, *b = &st_b;
	int i, r;

	st_client_init(a, true);
	st_client_init(b, true);
	CHECK(!st_filter(a, ST_LEAF), "filter a");
	CHECK(!st_filter(b, ST_LEAF) && !st_filter(b, ST_OUTER), "filter b");
	CHECK(!register_ftrace_graph(&a->g), "register a");
	CHECK(!register_ftrace_graph(&b->g), "register b");
	CHECK(a->g.idx != b->g.idx, "same slot %d", a->g.idx);
	CHECK(register_ftrace_graph(&a->g) == -EBUSY, "double register");
	for (i = 0; i < 5; i++) {
		r = st_outer(i);
		CHECK(r == i + 111, "outer(%d) returned %d", i, r);
		r = st_leaf(i);
		CHECK(r == i + 1, "leaf(%d) returned %d", i, r);
	}
	CHECK(ent(a, ST_LEAF) == 10 && ret(a, ST_LEAF) == 10 &&
	      !ent(a, ST_OUTER) && !ent(a, ST_MIDDLE),
	      "client a saw leaf %d/%d outer %d middle %d",
	      ent(a, ST_LEAF), ret(a, ST_LEAF), ent(a, ST_OUTER),
	      ent(a, ST_MIDDLE));
	CHECK(ent(b, ST_LEAF) == 10 && ret(b, ST_LEAF) == 10 &&
	      ent(b, ST_OUTER) == 5 && ret(b, ST_OUTER) == 5 &&
	      !ent(b, ST_MIDDLE),
	      "client b saw leaf %d/%d outer %d/%d middle %d",
	      ent(b, ST_LEAF), ret(b, ST_LEAF), ent(b, ST_OUTER),
	      ret(b, ST_OUTER), ent(b, ST_MIDDLE));
	/* The last leaf call was not nested: both saw the same frame. */
	CHECK(a->ret_depth[ST_LEAF] == b->ret_depth[ST_LEAF],
	      "clients disagree on depth: %d %d", a->ret_depth[ST_LEAF],
	      b->ret_depth[ST_LEAF]);
	CHECK(!atomic_read(&a->bad_data) && !atomic_read(&b->bad_data),
	      "per-call data mixed up between clients");
	st_client_done(b);
	r = st_outer(1);
	CHECK(r == 112 && ent(a, ST_LEAF) == 11 && ret(a, ST_LEAF) == 11 &&
	      ent(b, ST_OUTER) == 5, "one client left: a %d/%d, b %d",
	      ent(a, ST_LEAF), ret(a, ST_LEAF), ent(b, ST_OUTER));
	st_client_done(a);
}

/* Stack traces taken in hooked calls name the real callers. */
static noinline void st_stack_trace(void)
{
	struct st_client *a = &st_a;
	unsigned long entries[32];
	unsigned int n, i;
	bool parent = false, caller = false, rth = false;

	st_client_init(a, false);
	CHECK(!st_filter(a, ST_TLEAF) && !st_filter(a, ST_TPARENT), "filter");
	CHECK(!register_ftrace_graph(&a->g), "register");
	n = st_trace(entries, ARRAY_SIZE(entries));
	for (i = 0; i < n; i++) {
		if (entries[i] == (unsigned long)return_to_handler)
			rth = true;
		if (st_in_func(entries[i], fgraph_st_trace_parent))
			parent = true;
		if (st_in_func(entries[i], st_stack_trace))
			caller = true;
	}
	CHECK(ent(a, ST_TLEAF) == 1 && ent(a, ST_TPARENT) == 1 &&
	      ret(a, ST_TLEAF) == 1 && ret(a, ST_TPARENT) == 1,
	      "trace functions not hooked");
	CHECK(n > 0 && !rth, "return_to_handler in a stack trace");
	CHECK(parent && caller, "stack trace lacks the real callers (%d %d)",
	      parent, caller);
	st_client_done(a);
}

/* Deeper than the shadow stack: the extra calls are not hooked. */
static void st_overrun(void)
{
	struct st_client *a = &st_a;
	int before = atomic_read(&current->trace_overrun), r;
	int depth = FGRAPH_DEPTH + 10;

	st_client_init(a, false);
	CHECK(!st_filter(a, ST_RECURSE), "filter");
	CHECK(!register_ftrace_graph(&a->g), "register");
	r = st_recurse(depth);
	CHECK(r == depth, "recurse returned %d", r);
	CHECK(ent(a, ST_RECURSE) == ret(a, ST_RECURSE) &&
	      ent(a, ST_RECURSE) > 0 && ent(a, ST_RECURSE) <= FGRAPH_DEPTH,
	      "recursion: %d entries, %d returns", ent(a, ST_RECURSE),
	      ret(a, ST_RECURSE));
	CHECK(atomic_read(&current->trace_overrun) - before >=
	      depth + 1 - FGRAPH_DEPTH, "overrun not counted (%d)",
	      atomic_read(&current->trace_overrun) - before);
	st_client_done(a);
}

struct st_sleep {
	atomic_t		inside;
	struct completion	go;
	struct completion	done;
	int			result;
};

static int st_sleeper_thread(void *arg)
{
	struct st_sleep *s = arg;

	s->result = st_sleeper(21, &s->inside, &s->go);
	complete(&s->done);
	return 0;
}

/* A task sleeping in a hooked call outlives its client. */
static void st_sleeper_unregister(void)
{
	struct st_client *a = &st_a;
	struct task_struct *t;
	static struct st_sleep s;
	int i;

	st_client_init(a, false);
	atomic_set(&s.inside, 0);
	init_completion(&s.go);
	init_completion(&s.done);
	s.result = 0;
	CHECK(!st_filter(a, ST_SLEEPER), "filter");
	CHECK(!register_ftrace_graph(&a->g), "register");
	t = kthread_run(st_sleeper_thread, &s, "fgraph_st");
	if (IS_ERR(t)) {
		CHECK(0, "kthread_run: %ld", PTR_ERR(t));
		st_client_done(a);
		return;
	}
	for (i = 0; i < 1000 && !atomic_read(&s.inside); i++)
		msleep(1);
	CHECK(atomic_read(&s.inside) && ent(a, ST_SLEEPER) == 1,
	      "sleeper not hooked");
	st_client_done(a);
	complete(&s.go);
	wait_for_completion(&s.done);
	CHECK(s.result == 42, "sleeper returned %d", s.result);
	CHECK(ret(a, ST_SLEEPER) == 0,
	      "return handler of an unregistered client ran");
}

static __init int fgraph_selftest(void)
{
	int i;

	for (i = 0; i < ST_NR; i++) {
		st_site[i] = ftrace_location((unsigned long)st_fns[i]);
		CHECK(st_site[i], "no fentry site for function %d", i);
	}
	if (st_failed)
		goto out;
	st_nesting();
	st_two_clients();
	st_stack_trace();
	st_overrun();
	st_sleeper_unregister();
out:
	pr_info("%s (%d of %d checks)\n", st_failed ? "FAILED" : "PASSED",
		st_checks - st_failed, st_checks);
	return 0;
}
late_initcall(fgraph_selftest);
