// SPDX-License-Identifier: GPL-2.0
/*
 * Function call sites: the "call __fentry__" the compiler puts at the
 * start of every traceable function, listed in section __mcount_loc.
 *
 * At boot, before SMP and before any of these functions can be traced, we
 * rewrite every vmlinux site to a 5-byte NOP, so an untraced function pays
 * one NOP. A module's sites are rewritten in ftrace_module_init(), while
 * its text is still writable and not yet executable.
 *
 * State of this tree: sites are not recorded after patching, so nothing
 * can be traced yet; ftrace_location() reports no site and kprobes uses
 * breakpoints. The per-site records and live patching come next.
 */
#define pr_fmt(fmt) "ftrace: " fmt

#include <linux/ftrace.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/sched/clock.h>
#include "ftrace_arch.h"

/* Bounds of vmlinux's __mcount_loc (include/asm-generic/vmlinux.lds.h). */
extern unsigned long __start_mcount_loc[];
extern unsigned long __stop_mcount_loc[];

/*
 * Rewrite each site in [start, end) to a NOP. A site that does not hold
 * the expected call is left alone and counted as bad: it is never patched
 * later either, so a wrong table cannot corrupt text.
 */
static unsigned long __init_or_module nop_sites(unsigned long *start,
						unsigned long *end,
						unsigned long *bad)
{
	unsigned long *p, done = 0;

	for (p = start; p < end; p++) {
		unsigned long ip = ftrace_call_adjust(*p);

		if (!ip)	/* discarded section */
			continue;
		if (ftrace_arch_site_init(ip))
			(*bad)++;
		else
			done++;
	}
	return done;
}

/*
 * ftrace_init - convert every vmlinux site to a NOP.
 * Context: start_kernel(), one CPU, interrupts off.
 */
void __init ftrace_init(void)
{
	unsigned long bad = 0, done;
	u64 t0 = local_clock();

	done = nop_sites(__start_mcount_loc, __stop_mcount_loc, &bad);
	pr_info("%lu call sites patched to NOPs in %llu us\n", done,
		div_u64(local_clock() - t0, NSEC_PER_USEC));
	if (bad)
		pr_warn("%lu call sites did not hold the expected call\n", bad);
}

/*
 * ftrace_module_init - convert a loading module's sites to NOPs.
 * Context: load_module(), process context; the module text is not yet
 * executable.
 */
void ftrace_module_init(struct module *mod)
{
	unsigned long bad = 0;

	if (!mod->num_ftrace_callsites)
		return;
	nop_sites(mod->ftrace_callsites,
		  mod->ftrace_callsites + mod->num_ftrace_callsites, &bad);
	if (bad)
		pr_warn("%s: %lu call sites did not hold the expected call\n",
			mod->name, bad);
}

/* The module is live: nothing to enable until sites can be traced. */
void ftrace_module_enable(struct module *mod)
{
}

/* The module is going away: nothing recorded to drop yet. */
void ftrace_release_mod(struct module *mod)
{
}

/* Init text is about to be freed (vmlinux or a module). */
void ftrace_free_mem(struct module *mod, void *start, void *end)
{
}

void __init ftrace_free_init_mem(void)
{
}

/* ftrace_location - the site at or just after @ip, or 0 if none. */
unsigned long ftrace_location(unsigned long ip)
{
	return 0;
}

/* ftrace_text_reserved - does [start, end] overlap a patchable site? */
int ftrace_text_reserved(const void *start, const void *end)
{
	return 0;
}

/* No dynamically allocated trampolines exist yet. */
bool is_ftrace_trampoline(unsigned long addr)
{
	return false;
}

#ifdef CONFIG_MODULES
/* Returns the length of the name found, 0 if @addr is no trampoline. */
int ftrace_mod_address_lookup(unsigned long addr, unsigned long *size,
			      unsigned long *off, char **modname,
			      const unsigned char **modbuildid, char *sym)
{
	return 0;
}

int ftrace_mod_get_kallsym(unsigned int symnum, unsigned long *value,
			   char *type, char *name, char *module_name,
			   int *exported)
{
	return -ERANGE;
}
#endif
