// SPDX-License-Identifier: GPL-2.0
/*
 * Boot-time self-test of the function-hook core (CONFIG_FTRACE_HOOK_STARTUP_TEST).
 *
 * Registers ftrace_ops on the functions of ftrace_hook_selftest_fns.c,
 * which only this test calls, and checks exact hit counts through every
 * path of the core: one ops called directly, several through the list
 * walker, filters by address and by glob, notrace, the recursion guards,
 * SAVE_REGS contents, IPMODIFY redirection and its one-per-site rule,
 * dedicated trampolines (a site only one ops selects calls that ops'
 * copy; sharing the site moves it back; the copy is named in kallsyms and
 * freed on unregister), the ftrace_enabled switch, and that nothing runs
 * after unregistering.
 *
 * Prints "ftrace hook self-test: PASSED (...)" or "... FAILED (...)" and
 * one line per failed check. Runs at late_initcall, on one CPU at a time.
 */
#define pr_fmt(fmt) "ftrace hook self-test: " fmt

#include <linux/ftrace.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/string.h>
#include <linux/kallsyms.h>
#include "ftrace_arch.h"
#include "ftrace_core.h"
#include "ftrace_hook_selftest.h"
#include "selftest_check.h"

/* What a test callback does besides counting. */
enum st_mode {
	ST_COUNT,
	ST_RECURSE,		/* call a hooked function from the callback */
	ST_RECURSE_SELF,	/* same, guarding itself (no RECURSION flag) */
	ST_LOOK,		/* record what the registers say */
	ST_REDIRECT,		/* continue in ftrace_hook_st_detour() */
};

struct st_ops {
	struct ftrace_ops	ops;
	enum st_mode		mode;
	atomic_t		hits;
	atomic_t		recursed;
	/* ST_LOOK */
	bool			had_regs;
	unsigned long		ip, parent, arg[3], regs_ip, sp_top;
};

/*
 * No other ops was registered when the test began. If some are (the
 * function tracer from "ftrace=function" on the command line), sites are
 * shared and the list walker is always used: the checks that depend on
 * the test's ops being alone compare with the state before instead.
 */
static bool st_alone;

/* Called through these so the compiler cannot look inside. */
static int (* volatile st_one)(int) = ftrace_hook_st_one;
static int (* volatile st_two)(int) = ftrace_hook_st_two;
static int (* volatile st_three)(int) = ftrace_hook_st_three;
static long (* volatile st_args)(long, long, long) = ftrace_hook_st_args;
static int (* volatile st_victim)(int) = ftrace_hook_st_victim;

static void st_look(struct st_ops *s, unsigned long ip, unsigned long parent,
		    struct ftrace_regs *fregs)
{
	struct pt_regs *regs = ftrace_get_regs(fregs);
	int i;

	s->ip = ip;
	s->parent = parent;
	s->had_regs = regs != NULL;
	for (i = 0; i < 3; i++)
		s->arg[i] = ftrace_regs_get_argument(fregs, i);
	s->regs_ip = ftrace_regs_get_instruction_pointer(fregs);
	s->sp_top = *(unsigned long *)ftrace_regs_get_stack_pointer(fregs);
}

static void st_callback(unsigned long ip, unsigned long parent,
			struct ftrace_ops *op, struct ftrace_regs *fregs)
{
	struct st_ops *s = container_of(op, struct st_ops, ops);
	int bit;

	switch (s->mode) {
	case ST_COUNT:
		atomic_inc(&s->hits);
		break;
	case ST_RECURSE:
		atomic_inc(&s->hits);
		st_three(0);
		break;
	case ST_RECURSE_SELF:
		bit = ftrace_test_recursion_trylock(ip, parent);
		if (bit < 0) {
			atomic_inc(&s->recursed);
			return;
		}
		atomic_inc(&s->hits);
		st_three(0);
		ftrace_test_recursion_unlock(bit);
		break;
	case ST_LOOK:
		atomic_inc(&s->hits);
		st_look(s, ip, parent, fregs);
		break;
	case ST_REDIRECT:
		atomic_inc(&s->hits);
		ftrace_regs_set_instruction_pointer(fregs,
				(unsigned long)ftrace_hook_st_detour);
		break;
	}
}

static void st_init(struct st_ops *s, enum st_mode mode, unsigned long flags)
{
	memset(s, 0, sizeof(*s));
	s->mode = mode;
	s->ops.func = st_callback;
	s->ops.flags = flags;
}

static void st_done(struct st_ops *s)
{
	if (s->ops.flags & FTRACE_OPS_FL_ENABLED)
		unregister_ftrace_function(&s->ops);
	ftrace_free_filter(&s->ops);
}

static int hits(struct st_ops *s)
{
	return atomic_read(&s->hits);
}

static unsigned long site_of(void *fn)
{
	return ftrace_location((unsigned long)fn);
}

static unsigned long site_flags(unsigned long ip)
{
	struct ftrace_site *site;
	unsigned long flags = 0;

	mutex_lock(&ftrace_lock);
	site = ftrace_find_site(ip);
	if (site)
		flags = site->flags;
	mutex_unlock(&ftrace_lock);
	return flags;
}

static int set_glob(struct ftrace_ops *ops, const char *glob, bool notrace_set,
		    int reset)
{
	char buf[64];

	strscpy(buf, glob, sizeof(buf));
	return notrace_set ?
		ftrace_set_notrace(ops, buf, strlen(buf), reset) :
		ftrace_set_filter(ops, buf, strlen(buf), reset);
}

static void test_location(void)
{
	unsigned long fn = (unsigned long)ftrace_hook_st_one;
	unsigned long site = site_of(ftrace_hook_st_one);

	CHECK(site && site - fn <= FTRACE_MCOUNT_MAX_OFFSET,
	      "no site for %ps (got %lx)", (void *)fn, site);
	CHECK(ftrace_location(site) == site, "site is not its own location");
	CHECK(!ftrace_location(site + 1), "site + 1 has a location");
	CHECK(ftrace_text_reserved((void *)site, (void *)site),
	      "site not reserved");
	CHECK(!ftrace_text_reserved((void *)site + MCOUNT_INSN_SIZE,
				    (void *)site + MCOUNT_INSN_SIZE),
	      "the instruction after a site is reserved");
	CHECK(!st_alone || !(site_flags(site) & FTRACE_SITE_ENABLED),
	      "site enabled at rest");
}

static void test_single(void)
{
	unsigned long one = site_of(ftrace_hook_st_one);
	unsigned long flags, before = site_flags(one);
	struct st_ops a;

	st_init(&a, ST_COUNT, 0);
	CHECK(!ftrace_set_filter_ip(&a.ops, (unsigned long)ftrace_hook_st_one, 0, 1),
	      "filter by function address");
	CHECK(!register_ftrace_function(&a.ops), "register");
	flags = site_flags(one);
	CHECK((flags & FTRACE_SITE_ENABLED) &&
	      (flags & FTRACE_SITE_REF_MASK) ==
	      (before & FTRACE_SITE_REF_MASK) + 1, "site flags %lx", flags);
	st_one(0); st_one(0); st_one(0);
	st_two(0); st_two(0);
	CHECK(hits(&a) == 3, "single ops: %d hits, want 3", hits(&a));
	CHECK(register_ftrace_function(&a.ops) == -EBUSY, "double register");

	CHECK(!ftrace_set_filter_ip(&a.ops, site_of(ftrace_hook_st_two), 0, 0),
	      "add a site to a live filter");
	st_two(0);
	CHECK(hits(&a) == 4, "after adding: %d hits, want 4", hits(&a));
	CHECK(!ftrace_set_filter_ip(&a.ops, site_of(ftrace_hook_st_two), 1, 0),
	      "remove a site");
	st_two(0);
	CHECK(hits(&a) == 4, "after removing: %d hits, want 4", hits(&a));
	CHECK(ftrace_set_filter_ip(&a.ops, site_of(ftrace_hook_st_two), 1, 0) == -ENOENT,
	      "removing an absent site");
	CHECK(ftrace_set_filter_ip(&a.ops, one + 1, 0, 0) == -EINVAL,
	      "a non-site address");

	CHECK(!unregister_ftrace_function(&a.ops), "unregister");
	st_one(0);
	CHECK(hits(&a) == 4, "called after unregister (%d)", hits(&a));
	CHECK((site_flags(one) & ~FTRACE_SITE_TOUCHED) ==
	      (before & ~FTRACE_SITE_TOUCHED), "site flags %lx after, %lx before",
	      site_flags(one), before);
	CHECK(site_flags(one) & FTRACE_SITE_TOUCHED, "site not marked touched");
	CHECK(unregister_ftrace_function(&a.ops) == -ENODEV, "double unregister");
	st_done(&a);
}

static void test_list(void)
{
	struct st_ops a, b, c;

	st_init(&a, ST_COUNT, 0);
	st_init(&b, ST_COUNT, 0);
	st_init(&c, ST_COUNT, FTRACE_OPS_FL_RECURSION);	/* core-guarded */
	CHECK(!set_glob(&a.ops, "ftrace_hook_st_*", false, 1), "glob filter");
	CHECK(!set_glob(&a.ops, "ftrace_hook_st_t*", true, 1), "glob notrace");
	CHECK(!set_glob(&b.ops, "ftrace_hook_st_th?ee", false, 1), "? glob");
	CHECK(!set_glob(&c.ops, "ftrace_hook_st_one", false, 1), "exact name");
	CHECK(set_glob(&c.ops, "ftrace_hook_st_no_such_fn", false, 0) == -EINVAL,
	      "a glob that matches nothing");

	CHECK(!register_ftrace_function(&a.ops), "register a");
	CHECK(!register_ftrace_function(&b.ops), "register b");
	CHECK(!register_ftrace_function(&c.ops), "register c");
	st_one(0); st_two(0); st_three(0);
	CHECK(hits(&a) == 1 && hits(&b) == 1 && hits(&c) == 1,
	      "three ops: %d/%d/%d hits, want 1/1/1", hits(&a), hits(&b), hits(&c));
	st_victim(0);
	CHECK(hits(&a) == 2, "glob filter missed victim (%d)", hits(&a));

	CHECK(!unregister_ftrace_function(&b.ops), "unregister b");
	st_three(0);
	CHECK(hits(&b) == 1, "b called after unregister");
	CHECK(!unregister_ftrace_function(&a.ops), "unregister a");
	st_one(0);	/* c alone now: called directly */
	CHECK(hits(&a) == 2 && hits(&c) == 2, "c alone: %d/%d, want 2/2",
	      hits(&a), hits(&c));
	st_done(&a);
	st_done(&b);
	st_done(&c);
}

static void test_recursion(void)
{
	struct st_ops g, s;

	/* The core's guard (RECURSION): the inner call is not hooked. */
	st_init(&g, ST_RECURSE, FTRACE_OPS_FL_RECURSION);
	CHECK(!set_glob(&g.ops, "ftrace_hook_st_three", false, 1), "filter");
	CHECK(!register_ftrace_function(&g.ops), "register");
	st_three(0);
	CHECK(hits(&g) == 1, "guarded ops: %d hits, want 1", hits(&g));
	st_done(&g);

	/*
	 * An ops without RECURSION, alone, is called directly and must stop
	 * itself; through the list walker the core's guard stops the inner
	 * call.
	 */
	st_init(&s, ST_RECURSE_SELF, 0);
	CHECK(!set_glob(&s.ops, "ftrace_hook_st_three", false, 1), "filter");
	CHECK(!register_ftrace_function(&s.ops), "register");
	st_three(0);
	CHECK(hits(&s) == 1 && atomic_read(&s.recursed) == st_alone,
	      "self-guarded ops: %d hits, %d refused, want 1/1",
	      hits(&s), atomic_read(&s.recursed));
	st_done(&s);
}

/* Check what one ST_LOOK callback saw for st_args(11, 22, 33). */
static void check_look(struct st_ops *s, bool want_regs, const char *what)
{
	unsigned long site = site_of(ftrace_hook_st_args);

	CHECK(hits(s) == 1, "%s: %d hits", what, hits(s));
	CHECK(s->had_regs == want_regs, "%s: regs %d, want %d", what,
	      s->had_regs, want_regs);
	CHECK(s->ip == site, "%s: ip %lx, want %lx", what, s->ip, site);
	CHECK(s->arg[0] == 11 && s->arg[1] == 22 && s->arg[2] == 33,
	      "%s: args %ld %ld %ld", what, s->arg[0], s->arg[1], s->arg[2]);
	CHECK(s->regs_ip == site + MCOUNT_INSN_SIZE, "%s: regs ip %lx", what,
	      s->regs_ip);
	CHECK(s->sp_top == s->parent && kernel_text_address(s->parent),
	      "%s: stack top %lx, parent %lx", what, s->sp_top, s->parent);
}

static void test_regs(void)
{
	struct st_ops p, r;
	long ret;

	st_init(&p, ST_LOOK, 0);
	CHECK(!set_glob(&p.ops, "ftrace_hook_st_args", false, 1), "filter");
	CHECK(!register_ftrace_function(&p.ops), "register plain");
	ret = st_args(11, 22, 33);
	CHECK(ret == 66, "args function returned %ld", ret);
	check_look(&p, false, "plain");
	st_done(&p);

	st_init(&r, ST_LOOK, FTRACE_OPS_FL_SAVE_REGS);
	CHECK(!set_glob(&r.ops, "ftrace_hook_st_args", false, 1), "filter");
	CHECK(!register_ftrace_function(&r.ops), "register regs");
	CHECK(site_flags(site_of(ftrace_hook_st_args)) & FTRACE_SITE_REGS,
	      "site not on the regs trampoline");
	ret = st_args(11, 22, 33);
	CHECK(ret == 66, "args function returned %ld", ret);
	check_look(&r, true, "regs");
	st_done(&r);
}

static void test_ipmodify(void)
{
	struct st_ops i, j, k, l;
	int ret;

	st_init(&i, ST_REDIRECT, FTRACE_OPS_FL_SAVE_REGS | FTRACE_OPS_FL_IPMODIFY);
	st_init(&j, ST_COUNT, FTRACE_OPS_FL_IPMODIFY);
	st_init(&k, ST_COUNT, 0);
	CHECK(!set_glob(&i.ops, "ftrace_hook_st_victim", false, 1), "filter i");
	CHECK(!set_glob(&j.ops, "ftrace_hook_st_victim", false, 1), "filter j");
	CHECK(!set_glob(&k.ops, "ftrace_hook_st_victim", false, 1), "filter k");

	CHECK(!register_ftrace_function(&i.ops), "register i");
	ret = st_victim(7);
	CHECK(ret == 700, "redirected call returned %d, want 700", ret);
	CHECK(site_flags(site_of(ftrace_hook_st_victim)) & FTRACE_SITE_IPMODIFY,
	      "site not marked IPMODIFY");

	CHECK(register_ftrace_function(&j.ops) == -EBUSY,
	      "second IPMODIFY ops on one site");
	CHECK(!set_glob(&j.ops, "ftrace_hook_st_one", false, 1), "refilter j");
	CHECK(!register_ftrace_function(&j.ops), "register j elsewhere");
	CHECK(ftrace_set_filter_ip(&j.ops, site_of(ftrace_hook_st_victim), 0, 0) == -EBUSY,
	      "moving an IPMODIFY ops onto an owned site");
	st_victim(1);
	st_one(0);
	CHECK(hits(&j) == 1, "j after a refused change: %d hits, want 1", hits(&j));

	CHECK(!register_ftrace_function(&k.ops), "register k");
	ret = st_victim(5);
	CHECK(ret == 500 && hits(&k) == 1,
	      "list walk with a redirect: returned %d, k %d hits", ret, hits(&k));
	st_done(&i);
	st_done(&j);
	ret = st_victim(5);
	CHECK(ret == 5 && hits(&k) == 2, "after unregister: returned %d", ret);
	st_done(&k);

	/* IPMODIFY without SAVE_REGS: still on the regs trampoline. */
	st_init(&l, ST_REDIRECT, FTRACE_OPS_FL_IPMODIFY);
	CHECK(!set_glob(&l.ops, "ftrace_hook_st_victim", false, 1), "filter l");
	CHECK(!register_ftrace_function(&l.ops), "register l");
	CHECK(site_flags(site_of(ftrace_hook_st_victim)) & FTRACE_SITE_REGS,
	      "IPMODIFY site not on the regs trampoline");
	ret = st_victim(3);
	CHECK(ret == 300, "plain redirect returned %d, want 300", ret);
	st_done(&l);
}

/* Where the site at @ip calls now (0: NOP). */
static unsigned long site_calls(unsigned long ip)
{
	unsigned long t;

	mutex_lock(&ftrace_lock);
	t = ftrace_arch_site_target(ip);
	mutex_unlock(&ftrace_lock);
	return t;
}

static ftrace_func_t tramp_func(struct ftrace_ops *ops)
{
	ftrace_func_t f;

	mutex_lock(&ftrace_lock);
	f = ftrace_ops_tramp_func(ops);
	mutex_unlock(&ftrace_lock);
	return f;
}

/* Is @ip's site on @ops's dedicated trampoline? */
static bool on_tramp(unsigned long ip, struct ftrace_ops *ops)
{
	return ops->trampoline && (site_flags(ip) & FTRACE_SITE_DIRECT) &&
	       site_calls(ip) == ops->trampoline;
}

static void test_tramp(void)
{
	unsigned long one = site_of(ftrace_hook_st_one);
	unsigned long args = site_of(ftrace_hook_st_args);
	unsigned long shared = ftrace_arch_shared_tramp(false);
	char name[KSYM_NAME_LEN], *mod = NULL;
	unsigned long size, off, tramp;
	struct st_ops a, b, r;

	/* b is active elsewhere, so the shared hook is the list walker. */
	st_init(&a, ST_COUNT, 0);
	st_init(&b, ST_COUNT, FTRACE_OPS_FL_RECURSION);
	CHECK(!set_glob(&a.ops, "ftrace_hook_st_one", false, 1), "filter a");
	CHECK(!set_glob(&b.ops, "ftrace_hook_st_two", false, 1), "filter b");
	CHECK(!register_ftrace_function(&a.ops), "register a");
	CHECK(!register_ftrace_function(&b.ops), "register b");
	tramp = a.ops.trampoline;
	CHECK(tramp && a.ops.trampoline_size, "a has no trampoline");
	CHECK(!st_alone || on_tramp(one, &a.ops),
	      "site of a alone calls %pS, not its trampoline %lx",
	      (void *)site_calls(one), tramp);
	CHECK(tramp_func(&a.ops) == a.ops.func, "a's trampoline calls %ps",
	      tramp_func(&a.ops));
	CHECK(tramp_func(&b.ops) == ftrace_ops_assist_func,
	      "RECURSION ops b's trampoline calls %ps", tramp_func(&b.ops));
	CHECK(is_ftrace_trampoline(tramp) && is_ftrace_trampoline(tramp + 1) &&
	      !is_ftrace_trampoline(tramp + a.ops.trampoline_size),
	      "is_ftrace_trampoline() on a's trampoline");
	CHECK(is_ftrace_trampoline(shared), "shared trampoline not one");
	CHECK(ftrace_ops_trampoline(tramp + 8) == &a.ops,
	      "ftrace_ops_trampoline() gives %p", ftrace_ops_trampoline(tramp + 8));
	CHECK(!ftrace_ops_trampoline(shared), "shared one has an ops");
	CHECK(kallsyms_lookup(tramp + 8, &size, &off, &mod, name) &&
	      !strcmp(name, "ftrace_trampoline") && off == 8 && mod &&
	      !strcmp(mod, "__builtin__ftrace"),
	      "kallsyms names a's trampoline %s [%s]", name, mod ?: "");
	st_one(0); st_two(0);
	CHECK(hits(&a) == 1 && hits(&b) == 1, "dedicated: %d/%d hits, want 1/1",
	      hits(&a), hits(&b));

	/* A second ops on the site: back to the shared trampoline. */
	CHECK(!set_glob(&b.ops, "ftrace_hook_st_one", false, 0), "b adds one");
	CHECK(!(site_flags(one) & FTRACE_SITE_DIRECT) && site_calls(one) == shared,
	      "shared site calls %pS", (void *)site_calls(one));
	st_one(0);
	CHECK(hits(&a) == 2 && hits(&b) == 2, "shared: %d/%d hits, want 2/2",
	      hits(&a), hits(&b));
	CHECK(!set_glob(&b.ops, "!ftrace_hook_st_one", false, 0), "b drops one");
	CHECK(!st_alone || on_tramp(one, &a.ops), "site not back on a's trampoline");
	st_one(0);
	CHECK(hits(&a) == 3 && hits(&b) == 2, "back: %d/%d hits, want 3/2",
	      hits(&a), hits(&b));

	/* Unregistering frees it: no longer code, no longer named. */
	CHECK(!unregister_ftrace_function(&a.ops), "unregister a");
	CHECK(!a.ops.trampoline && !is_ftrace_trampoline(tramp) &&
	      !ftrace_ops_trampoline(tramp), "a's trampoline still known");
	CHECK(!st_alone || !site_calls(one), "site still calls %pS",
	      (void *)site_calls(one));
	st_one(0);
	CHECK(hits(&a) == 3, "a called after unregister");

	/* A regs ops gets a copy of the pt_regs trampoline. */
	st_init(&r, ST_LOOK, FTRACE_OPS_FL_SAVE_REGS);
	CHECK(!set_glob(&r.ops, "ftrace_hook_st_args", false, 1), "filter r");
	CHECK(!register_ftrace_function(&r.ops), "register r");
	CHECK(!st_alone || (on_tramp(args, &r.ops) &&
			    (site_flags(args) & FTRACE_SITE_REGS)),
	      "regs site calls %pS", (void *)site_calls(args));
	CHECK(st_args(11, 22, 33) == 66, "traced function result");
	check_look(&r, true, "regs trampoline copy");
	st_done(&r);
	st_done(&a);
	st_done(&b);
}

static void set_ftrace_enabled(int on)
{
	mutex_lock(&ftrace_lock);
	ftrace_enabled = on;
	ftrace_reconcile(NULL);
	mutex_unlock(&ftrace_lock);
}

static void test_enabled_switch(void)
{
	struct st_ops e, p;

	st_init(&e, ST_COUNT, 0);
	st_init(&p, ST_COUNT, FTRACE_OPS_FL_PERMANENT);
	CHECK(!set_glob(&e.ops, "ftrace_hook_st_one", false, 1), "filter e");
	CHECK(!set_glob(&p.ops, "ftrace_hook_st_one", false, 1), "filter p");
	CHECK(!register_ftrace_function(&e.ops), "register e");
	CHECK(!register_ftrace_function(&p.ops), "register p");
	st_one(0);
	set_ftrace_enabled(0);
	st_one(0);
	set_ftrace_enabled(1);
	st_one(0);
	CHECK(hits(&e) == 2 && hits(&p) == 3,
	      "ftrace_enabled off/on: %d/%d hits, want 2/3", hits(&e), hits(&p));
	st_done(&e);
	st_done(&p);
}

static int __init ftrace_hook_selftest(void)
{
	u64 t0 = ktime_get_ns();

	if (!ftrace_enabled) {
		pr_info("skipped: ftrace_enabled is 0\n");
		return 0;
	}
	mutex_lock(&ftrace_lock);
	st_alone = list_empty(&ftrace_registered_ops);
	mutex_unlock(&ftrace_lock);
	test_location();
	test_single();
	test_list();
	test_recursion();
	test_regs();
	test_ipmodify();
	test_tramp();
	test_enabled_switch();
	pr_info("%s (%d of %d checks passed, %llu ms%s)\n",
		st_failed ? "FAILED" : "PASSED", st_checks - st_failed,
		st_checks, div_u64(ktime_get_ns() - t0, NSEC_PER_MSEC),
		st_alone ? "" : ", sharing sites with other ops");
	return 0;
}
late_initcall(ftrace_hook_selftest);
