// SPDX-License-Identifier: GPL-2.0
/*
 * Function call sites: the "call __fentry__" the compiler puts at the
 * start of every traceable function, listed in section __mcount_loc.
 *
 * At boot, before SMP and before any of these functions can be traced, we
 * rewrite every vmlinux site to a 5-byte NOP, so an untraced function pays
 * one NOP, and keep one 16-byte record per site (struct ftrace_site). A
 * module's sites are rewritten in ftrace_module_init(), while its text is
 * still writable and not yet executable, and become patchable in
 * ftrace_module_enable().
 *
 * Records live in blocks (struct ftrace_site_block, ftrace_core.h): the
 * vmlinux table in a few page groups, each module in one array, all
 * sorted by address. The list of blocks is RCU-protected:
 *
 *	ftrace_site_blocks -> [vmlinux 0] -> [vmlinux 1] -> ... -> [mod A] -> ...
 *
 * Writers (module load and unload, freeing init text) hold ftrace_lock.
 * ftrace_location() and ftrace_text_reserved() read without a lock under
 * rcu_read_lock(); a module's block is freed after a grace period. A
 * record's address never changes; its flags change under ftrace_lock.
 * Records are never moved: freed init code is marked DISABLED (and the
 * vmlinux init records, which sort last, are trimmed off).
 */
#define pr_fmt(fmt) "ftrace: " fmt

#include <linux/ftrace.h>
#include <linux/init.h>
#include <linux/kallsyms.h>
#include <linux/memory.h>
#include <linux/module.h>
#include <linux/mm.h>
#include <linux/sched/clock.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include "ftrace_arch.h"
#include "ftrace_core.h"

/* Bounds of vmlinux's __mcount_loc (include/asm-generic/vmlinux.lds.h). */
extern unsigned long __start_mcount_loc[];
extern unsigned long __stop_mcount_loc[];

static_assert(sizeof(struct ftrace_site) == 16);

DEFINE_MUTEX(ftrace_lock);

struct ftrace_site_block __rcu *ftrace_site_blocks;
static unsigned long ftrace_sites_total;	/* live records, ftrace_lock */

/* The largest page group one vmlinux block may use. */
#define SITE_BLOCK_MAX_ORDER	min(MAX_PAGE_ORDER, 6)
#define SITES_PER_PAGE		(PAGE_SIZE / sizeof(struct ftrace_site))

/* Append @b at the tail of the block list. ftrace_lock held, or boot. */
static void block_append(struct ftrace_site_block *b)
{
	struct ftrace_site_block __rcu **pp = &ftrace_site_blocks;
	struct ftrace_site_block *cur;

	while ((cur = rcu_dereference_protected(*pp, 1)))
		pp = &cur->next;
	rcu_assign_pointer(*pp, b);
}

/*
 * Fill @b from the compiler's table [start, end): keep each address that
 * holds the expected call, turning it into a NOP. Returns the number of
 * bad sites, which get no record (they are never patched).
 */
static unsigned long __init_or_module fill_block(struct ftrace_site_block *b,
						 unsigned long **pos,
						 unsigned long *end,
						 unsigned int room)
{
	unsigned long bad = 0;

	while (*pos < end && b->nr < room) {
		unsigned long ip = ftrace_call_adjust(**pos);

		(*pos)++;
		if (!ip)	/* discarded section */
			continue;
		if (ftrace_arch_site_init(ip)) {
			bad++;
			continue;
		}
		b->sites[b->nr].ip = ip;
		b->sites[b->nr].flags = 0;
		b->nr++;
	}
	b->live = b->nr;
	return bad;
}

static int cmp_ulong(const void *a, const void *b)
{
	unsigned long x = *(const unsigned long *)a, y = *(const unsigned long *)b;

	return x < y ? -1 : x > y;
}

/*
 * The page order of the next block for @n remaining records: the largest
 * group that @n fills completely (so only the last, single page is ever
 * partly empty), capped.
 */
static int order_for(unsigned long n)
{
	unsigned long pages = DIV_ROUND_UP(n, SITES_PER_PAGE);

	return min_t(int, ilog2(pages), SITE_BLOCK_MAX_ORDER);
}

/*
 * ftrace_init - record every vmlinux site and convert it to a NOP.
 * Context: start_kernel(), one CPU, interrupts off.
 */
void __init ftrace_init(void)
{
	unsigned long *pos = __start_mcount_loc, *end = __stop_mcount_loc;
	unsigned long count = end - pos, bad = 0, pages = 0, nr = 0;
	u64 t0 = local_clock();

	/* BUILDTIME_MCOUNT_SORT sorts the table; checking is cheap. */
	for (; pos + 1 < end; pos++)
		if (pos[0] > pos[1])
			break;
	if (pos + 1 < end) {
		pr_info("sorting the call site table\n");
		sort(__start_mcount_loc, count, sizeof(unsigned long),
		     cmp_ulong, NULL);
	}

	pos = __start_mcount_loc;
	while (pos < end) {
		struct ftrace_site_block *b;
		int order = order_for(end - pos);
		struct page *page;

		b = kzalloc(sizeof(*b), GFP_KERNEL);
		page = NULL;
		/* Smaller groups if memory is fragmented. */
		for (; b && !page && order >= 0; order--)
			page = alloc_pages(GFP_KERNEL | __GFP_ZERO | __GFP_NOWARN,
					   order);
		order++;
		if (!page) {
			kfree(b);
			pr_err("out of memory for call site records; %lu sites stay untraceable\n",
			       (unsigned long)(end - pos));
			break;
		}
		b->sites = page_address(page);
		b->order = order;
		b->ready = true;
		bad += fill_block(b, &pos, end, SITES_PER_PAGE << order);
		pages += 1UL << order;
		nr += b->nr;
		block_append(b);
	}
	ftrace_sites_total = nr;

	pr_info("allocating %lu entries in %lu pages (%lu bytes of records)\n",
		nr, pages, nr * sizeof(struct ftrace_site));
	pr_info("%lu call sites patched to NOPs in %llu us\n", nr,
		div_u64(local_clock() - t0, NSEC_PER_USEC));
	if (bad)
		pr_warn("%lu call sites did not hold the expected call\n", bad);
}

/* Search a sorted block for the record at exactly @ip. */
static struct ftrace_site *block_find(struct ftrace_site_block *b,
				      unsigned long ip)
{
	unsigned int lo = 0, hi = READ_ONCE(b->nr);

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (b->sites[mid].ip == ip)
			return &b->sites[mid];
		if (b->sites[mid].ip < ip)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The first record of @b at or above @ip (may be one past the end). */
static unsigned int block_lower_bound(struct ftrace_site_block *b,
				      unsigned long ip)
{
	unsigned int lo = 0, hi = READ_ONCE(b->nr);

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (b->sites[mid].ip < ip)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool block_covers(struct ftrace_site_block *b, unsigned long ip)
{
	unsigned int nr = READ_ONCE(b->nr);

	return nr && ip >= b->sites[0].ip && ip <= b->sites[nr - 1].ip;
}

/* Lock-free lookup of a usable record at exactly @ip; RCU held. */
static struct ftrace_site *find_site_rcu(unsigned long ip)
{
	struct ftrace_site_block *b;
	struct ftrace_site *site;

	for (b = rcu_dereference(ftrace_site_blocks); b;
	     b = rcu_dereference(b->next)) {
		if (!block_covers(b, ip))
			continue;
		site = block_find(b, ip);
		if (site && !(READ_ONCE(site->flags) & FTRACE_SITE_DISABLED))
			return site;
	}
	return NULL;
}

/**
 * ftrace_find_site - the site record at exactly @ip
 * @ip: a site address
 *
 * Context: ftrace_lock held.
 * Return: the record, or NULL (no site, or a disabled one).
 */
struct ftrace_site *ftrace_find_site(unsigned long ip)
{
	struct ftrace_site *site;

	lockdep_assert_held(&ftrace_lock);
	rcu_read_lock();
	site = find_site_rcu(ip);
	rcu_read_unlock();
	return site;
}

/**
 * ftrace_location - the fentry site of @ip
 * @ip: a site address, or the first byte of a function
 *
 * For a function's first byte this is the site a few bytes in, after the
 * endbr64 (what kprobes wants when probing "func+0").
 * Context: any except NMI; no lock needed.
 * Return: the site address, or 0 if there is none.
 */
unsigned long ftrace_location(unsigned long ip)
{
	unsigned long size, off, found = 0;
	struct ftrace_site_block *b;
	unsigned int i;

	rcu_read_lock();
	if (find_site_rcu(ip)) {
		found = ip;
		goto out;
	}
	if (!kallsyms_lookup_size_offset(ip, &size, &off) || off)
		goto out;
	/* A function start: its site, if any, is within the landing pad. */
	for (b = rcu_dereference(ftrace_site_blocks); b && !found;
	     b = rcu_dereference(b->next)) {
		i = block_lower_bound(b, ip);
		if (i < READ_ONCE(b->nr) &&
		    b->sites[i].ip - ip <= FTRACE_MCOUNT_MAX_OFFSET &&
		    b->sites[i].ip - ip < size &&
		    !(READ_ONCE(b->sites[i].flags) & FTRACE_SITE_DISABLED))
			found = b->sites[i].ip;
	}
out:
	rcu_read_unlock();
	return found;
}

/**
 * ftrace_text_reserved - does [@start, @end] overlap a patchable site?
 * @start: first byte of the range
 * @end: last byte of the range
 *
 * Context: any except NMI; no lock needed.
 * Return: 1 if some site's 5 bytes overlap the range, else 0.
 */
int ftrace_text_reserved(const void *start, const void *end)
{
	unsigned long s = (unsigned long)start, e = (unsigned long)end;
	struct ftrace_site_block *b;
	unsigned int i;
	int ret = 0;

	rcu_read_lock();
	for (b = rcu_dereference(ftrace_site_blocks); b && !ret;
	     b = rcu_dereference(b->next)) {
		/* First site whose last byte reaches @s. */
		i = block_lower_bound(b, s >= MCOUNT_INSN_SIZE - 1 ?
				      s - (MCOUNT_INSN_SIZE - 1) : 0);
		for (; i < READ_ONCE(b->nr) && b->sites[i].ip <= e; i++) {
			if (!(READ_ONCE(b->sites[i].flags) & FTRACE_SITE_DISABLED)) {
				ret = 1;
				break;
			}
		}
	}
	rcu_read_unlock();
	return ret;
}

/**
 * ftrace_for_each_site - call @fn for every usable site
 * @fn: called with each record and @data; nonzero stops the walk
 * @data: passed to @fn
 *
 * vmlinux first, then modules in load order; disabled records (bad
 * sites, freed init code) are skipped.
 * Context: ftrace_lock held; @fn may not drop it.
 * Return: the first nonzero value of @fn, or 0.
 */
int ftrace_for_each_site(int (*fn)(struct ftrace_site *site, void *data),
			 void *data)
{
	struct ftrace_site_block *b;
	unsigned int i;
	int ret;

	lockdep_assert_held(&ftrace_lock);
	for_each_site_block(b) {
		for (i = 0; i < b->nr; i++) {
			if (b->sites[i].flags & FTRACE_SITE_DISABLED)
				continue;
			ret = fn(&b->sites[i], data);
			if (ret)
				return ret;
		}
	}
	return 0;
}

/**
 * ftrace_site_at - the @pos-th usable site, in ftrace_for_each_site() order
 * @pos: 0-based position
 *
 * Context: ftrace_lock held.
 * Return: the record, or NULL past the end.
 */
struct ftrace_site *ftrace_site_at(loff_t pos)
{
	struct ftrace_site_block *b;
	unsigned int i;

	lockdep_assert_held(&ftrace_lock);
	if (pos < 0)
		return NULL;
	for_each_site_block(b) {
		if (pos >= b->live) {
			pos -= b->live;
			continue;
		}
		if (b->live == b->nr)
			return &b->sites[pos];
		for (i = 0; i < b->nr; i++) {
			if (b->sites[i].flags & FTRACE_SITE_DISABLED)
				continue;
			if (!pos--)
				return &b->sites[i];
		}
	}
	return NULL;
}

/**
 * ftrace_nr_sites - number of usable sites (vmlinux and loaded modules)
 *
 * Context: any; the value may be stale without ftrace_lock.
 */
unsigned long ftrace_nr_sites(void)
{
	return READ_ONCE(ftrace_sites_total);
}

/* --- modules --- */

static struct ftrace_site_block *find_mod_block(struct module *mod)
{
	struct ftrace_site_block *b;

	for_each_site_block(b)
		if (b->mod == mod)
			return b;
	return NULL;
}

/**
 * ftrace_module_init - record a loading module's sites, as NOPs
 * @mod: the module, in MODULE_STATE_UNFORMED; its text is still writable
 *
 * The records are listed at once, but patched only after
 * ftrace_module_enable(). On allocation failure the sites are NOPed but
 * not recorded (the module loads, untraceable).
 * Context: load_module(), process context, may sleep.
 */
void ftrace_module_init(struct module *mod)
{
	unsigned long *start = mod->ftrace_callsites;
	unsigned long n = mod->num_ftrace_callsites, bad;
	struct ftrace_site_block *b;
	unsigned long *pos = start;

	if (!n)
		return;
	sort(start, n, sizeof(unsigned long), cmp_ulong, NULL);

	b = kzalloc(sizeof(*b), GFP_KERNEL);
	if (b)
		b->sites = kvcalloc(n, sizeof(struct ftrace_site), GFP_KERNEL);
	if (!b || !b->sites) {
		kfree(b);
		pr_warn("%s: no memory for call site records, not traceable\n",
			mod->name);
		/* Its sites must still become NOPs. */
		for (; pos < start + n; pos++)
			if (*pos)
				ftrace_arch_site_init(ftrace_call_adjust(*pos));
		return;
	}
	b->mod = mod;
	b->order = -1;
	bad = fill_block(b, &pos, start + n, n);
	if (bad)
		pr_warn("%s: %lu call sites did not hold the expected call\n",
			mod->name, bad);

	mutex_lock(&ftrace_lock);
	block_append(b);
	ftrace_sites_total += b->live;
	mutex_unlock(&ftrace_lock);
}

/**
 * ftrace_module_enable - the module is about to run: patch its sites
 * @mod: the module, in MODULE_STATE_COMING
 *
 * First lets pending ":mod:" filters pick up the new sites, then patches
 * the sites that registered ops select.
 * Context: process context, may sleep; ftrace_lock not held.
 */
void ftrace_module_enable(struct module *mod)
{
	struct ftrace_site_block *b;

	ftrace_filter_module_loaded(mod);

	mutex_lock(&ftrace_lock);
	b = find_mod_block(mod);
	if (b) {
		b->ready = true;
		ftrace_reconcile(b);
	}
	mutex_unlock(&ftrace_lock);
}

static bool in_block(unsigned long ip, void *data)
{
	return block_find(data, ip);
}

/**
 * ftrace_release_mod - forget a module's sites
 * @mod: the module, going away (its code no longer runs)
 *
 * Its addresses are dropped from every ops' sets, so that code loaded
 * later at the same place is not traced by mistake. The text is about to
 * be freed, so the sites are not rewritten.
 * Context: process context, may sleep.
 */
void ftrace_release_mod(struct module *mod)
{
	struct ftrace_site_block __rcu **pp;
	struct ftrace_site_block *b;
	unsigned int i;

	ftrace_filter_module_gone(mod);

	mutex_lock(&ftrace_lock);
	for (pp = &ftrace_site_blocks;
	     (b = rcu_dereference_protected(*pp, lockdep_is_held(&ftrace_lock)));
	     pp = &b->next)
		if (b->mod == mod)
			break;
	if (!b) {
		mutex_unlock(&ftrace_lock);
		return;
	}
	rcu_assign_pointer(*pp, rcu_dereference_protected(b->next, 1));
	ftrace_sites_total -= b->live;
	for (i = 0; i < b->nr; i++)
		if (!(b->sites[i].flags & FTRACE_SITE_DISABLED))
			ftrace_site_gone(&b->sites[i]);
	ftrace_forget_text(in_block, b);
	mutex_unlock(&ftrace_lock);

	synchronize_rcu();
	kvfree(b->sites);
	kfree(b);
}

/* --- freed init text --- */

/*
 * ftrace_site_disable - stop using @site of block @b for good (its code is
 * freed, or does not hold what we expect). It is no longer listed,
 * looked up or patched. Context: ftrace_lock held.
 */
void ftrace_site_disable(struct ftrace_site_block *b, struct ftrace_site *site)
{
	lockdep_assert_held(&ftrace_lock);
	site->flags = FTRACE_SITE_DISABLED | (site->flags & FTRACE_SITE_TOUCHED);
	b->live--;
	ftrace_sites_total--;
}

static bool ip_in_range(unsigned long ip, void *data)
{
	unsigned long *range = data;

	return ip >= range[0] && ip < range[1];
}

/*
 * Mark the sites in [start, end) as gone. Sites that call a trampoline
 * are not rewritten: the code is dead. Returns the number marked.
 */
static unsigned long disable_range(unsigned long start, unsigned long end)
{
	struct ftrace_site_block *b;
	unsigned long n = 0;
	unsigned int i;

	lockdep_assert_held(&ftrace_lock);
	for_each_site_block(b) {
		for (i = block_lower_bound(b, start);
		     i < b->nr && b->sites[i].ip < end; i++) {
			struct ftrace_site *site = &b->sites[i];

			if (site->flags & FTRACE_SITE_DISABLED)
				continue;
			ftrace_site_gone(site);
			ftrace_site_disable(b, site);
			n++;
		}
		/* Trim disabled records at the end (vmlinux init text). */
		while (b->nr && b->live < b->nr &&
		       (b->sites[b->nr - 1].flags & FTRACE_SITE_DISABLED))
			WRITE_ONCE(b->nr, b->nr - 1);
	}
	if (n) {
		unsigned long range[2] = { start, end };

		ftrace_forget_text(ip_in_range, range);
	}
	return n;
}

/**
 * ftrace_free_mem - init text in [@start, @end) is about to be freed
 * @mod: its module, or NULL for vmlinux
 * @start: first byte
 * @end: first byte after the range
 *
 * Context: process context, may sleep.
 */
void ftrace_free_mem(struct module *mod, void *start, void *end)
{
	if (!start || start >= end)
		return;
	mutex_lock(&ftrace_lock);
	disable_range((unsigned long)start, (unsigned long)end);
	mutex_unlock(&ftrace_lock);
}

extern char __init_begin[], __init_end[];

/* Context: kernel_init(), before free_initmem(). */
void __init ftrace_free_init_mem(void)
{
	ftrace_free_mem(NULL, __init_begin, __init_end);
}
