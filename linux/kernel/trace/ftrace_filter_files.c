// SPDX-License-Identifier: GPL-2.0
/*
 * Choosing which functions to trace: set_ftrace_filter and
 * set_ftrace_notrace of every instance, the top-level listings
 * (available_filter_functions, available_filter_functions_addrs,
 * enabled_functions, touched_functions), pending ":mod:" patterns, the
 * ftrace_filter= and ftrace_notrace= boot options, and the instance hooks.
 *
 * A write session
 * ---------------
 * Opening set_ftrace_filter (or set_ftrace_notrace, stack_trace_filter)
 * for writing starts a session with a private copy of the set: empty when
 * opened with O_TRUNC ("echo x > file"), the current set otherwise
 * ("echo x >> file"). Each write is split into white-space separated
 * tokens; a token may straddle two writes. Every token is checked and
 * applied to the copy as it arrives, so a bad one fails its write(2) with
 * -EINVAL. Nothing reaches the tracer before the file is closed; then the
 * copy, the pending ":mod:" patterns and the staged function commands are
 * installed together - unless any token of the session failed, in which
 * case nothing at all changes. So "echo typo > set_ftrace_filter" leaves
 * the old filter in place instead of installing an empty one (which would
 * trace every function). A failure that can only show at close (out of
 * memory, an event that went away) is reported in error_log.
 *
 * Token syntax (as upstream):
 *	name, glob		a function; globs use * ? [ ]
 *	N			the Nth line of available_filter_functions
 *	!token			remove instead of add
 *	func:mod:module		functions of a module (module may be a glob,
 *				!module excludes it, "*" is every module); a
 *				module not loaded yet is remembered and
 *				applied when it loads
 *	glob:cmd[:args]		a function command (trace_functions.c)
 *
 * Context: process, may sleep, everywhere in this file.
 */
#define pr_fmt(fmt) "ftrace: " fmt

#include <linux/ctype.h>
#include <linux/glob.h>
#include <linux/init.h>
#include <linux/kallsyms.h>
#include <linux/module.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include <asm/setup.h>
#include "trace_array.h"
#include "ftrace_instance.h"

#ifndef FTRACE_MCOUNT_MAX_OFFSET
#define FTRACE_MCOUNT_MAX_OFFSET	0
#endif

/* Longest token: a symbol name plus a command and its arguments. */
#define FN_TOKEN_MAX		(KSYM_NAME_LEN + 256)

DEFINE_MUTEX(fn_state_mutex);
LIST_HEAD(ftrace_instances);

static struct ftrace_instance global_fn;

/* ---- function names of sites ---- */

bool fn_site_name(unsigned long ip, char *buf, const char **modname)
{
	unsigned long size, off;
	char *mod = NULL;

	if (!kallsyms_lookup(ip, &size, &off, &mod, buf))
		return false;
	*modname = mod;
	return off <= FTRACE_MCOUNT_MAX_OFFSET;
}

/* ---- patterns ---- */

enum fn_pat_kind {
	PAT_ALL,	/* "", "*" */
	PAT_EXACT,	/* name */
	PAT_PREFIX,	/* name* */
	PAT_SUFFIX,	/* *name */
	PAT_INFIX,	/* *name* */
	PAT_GLOB,	/* anything else: glob_match() */
};

struct fn_pat {
	enum fn_pat_kind	kind;
	const char		*str;	/* whole pattern, for PAT_GLOB */
	char			*body;	/* without the outer '*'s */
	size_t			len;	/* of body */
};

static int fn_pat_init(struct fn_pat *p, const char *str)
{
	size_t len = strlen(str);
	bool lead = len && str[0] == '*';
	bool trail = len > lead && str[len - 1] == '*';
	size_t blen = len - lead - trail;

	p->str = str;
	p->body = kstrndup(str + lead, blen, GFP_KERNEL);
	if (!p->body)
		return -ENOMEM;
	p->len = blen;
	if (strpbrk(str, "?[\\") || strchr(p->body, '*'))
		p->kind = PAT_GLOB;
	else if (!blen)
		p->kind = PAT_ALL;
	else if (lead && trail)
		p->kind = PAT_INFIX;
	else if (lead)
		p->kind = PAT_SUFFIX;
	else if (trail)
		p->kind = PAT_PREFIX;
	else
		p->kind = PAT_EXACT;
	return 0;
}

static void fn_pat_free(struct fn_pat *p)
{
	kfree(p->body);
	p->body = NULL;
}

static bool fn_pat_match(const struct fn_pat *p, const char *name)
{
	size_t n;

	switch (p->kind) {
	case PAT_ALL:
		return true;
	case PAT_EXACT:
		return !strcmp(name, p->body);
	case PAT_PREFIX:
		return !strncmp(name, p->body, p->len);
	case PAT_SUFFIX:
		n = strlen(name);
		return n >= p->len && !memcmp(name + n - p->len, p->body, p->len);
	case PAT_INFIX:
		return strstr(name, p->body);
	case PAT_GLOB:
		return glob_match(p->str, name);
	}
	return false;
}

/*
 * A ":mod:" selector. "!x" selects every site except those of modules
 * matching x; an empty or "*" x then means "the kernel itself", and
 * without '!' it means "any module".
 */
struct fn_modsel {
	bool		active;
	bool		exclude;
	struct fn_pat	pat;
};

static int fn_modsel_init(struct fn_modsel *sel, const char *module)
{
	sel->active = module != NULL;
	sel->exclude = false;
	sel->pat.body = NULL;
	if (!module)
		return 0;
	if (*module == '!') {
		sel->exclude = true;
		module++;
	}
	return fn_pat_init(&sel->pat, module);
}

static bool fn_modsel_match(const struct fn_modsel *sel, const char *modname)
{
	if (!sel->active)
		return true;
	if (sel->pat.kind == PAT_ALL)
		return sel->exclude ? !modname : !!modname;
	return (modname && fn_pat_match(&sel->pat, modname)) != sel->exclude;
}

/* Can a site at @ip be of a module @sel selects? (Cheap pre-filter.) */
static bool fn_modsel_may_match(const struct fn_modsel *sel, unsigned long ip)
{
	if (!sel->active || sel->exclude)
		return true;
	return !is_kernel_text(ip) && !is_kernel_inittext(ip);
}

/* ---- matching sites ---- */

struct fn_ip_vec {
	unsigned long	*ips;
	unsigned long	nr;
	unsigned long	cap;
};

static int fn_ip_vec_add(struct fn_ip_vec *v, unsigned long ip)
{
	if (v->nr == v->cap) {
		unsigned long cap = max(64UL, v->cap * 2);
		unsigned long *p = kvrealloc(v->ips, cap * sizeof(*p),
					     GFP_KERNEL);

		if (!p)
			return -ENOMEM;
		v->ips = p;
		v->cap = cap;
	}
	v->ips[v->nr++] = ip;
	return 0;
}

struct fn_match_ctx {
	struct fn_pat		*fn;
	struct fn_modsel	*mod;
	struct module		*only;	/* restrict to this module's text */
	bool			skip_kernel; /* vmlinux already done */
	struct fn_ip_vec	out;
	unsigned int		seen;
	char			name[KSYM_NAME_LEN];
};

/* ftrace_for_each_site() callback; ftrace_lock held. */
static int fn_match_site(struct ftrace_site *site, void *data)
{
	struct fn_match_ctx *c = data;
	const char *modname;

	if (!(++c->seen & 1023))
		cond_resched();
	if (site->flags & FTRACE_SITE_DISABLED)
		return 0;
	if (c->only && !within_module(site->ip, c->only))
		return 0;
	if (c->skip_kernel &&
	    (is_kernel_text(site->ip) || is_kernel_inittext(site->ip)))
		return 0;
	if (!fn_modsel_may_match(c->mod, site->ip))
		return 0;
	if (!fn_site_name(site->ip, c->name, &modname))
		return 0;
	if (!fn_modsel_match(c->mod, modname) || !fn_pat_match(c->fn, c->name))
		return 0;
	return fn_ip_vec_add(&c->out, site->ip);
}

/* kallsyms_on_each_match_symbol() callback: collect symbol addresses. */
static int fn_collect_addr(void *data, unsigned long addr)
{
	return fn_ip_vec_add(data, addr);
}

/*
 * An exact name without a module: find it through kallsyms' name index
 * rather than by naming every site, then walk only module sites.
 */
static int fn_match_exact(struct fn_match_ctx *c)
{
	struct fn_ip_vec syms = {};
	unsigned long i;
	int ret;

	ret = kallsyms_on_each_match_symbol(fn_collect_addr, c->fn->body,
					    &syms);
	/*
	 * Symbol addresses to site addresses, outside ftrace_lock. An alias
	 * (a second name at the same address) does not count: a site goes
	 * by the one name available_filter_functions shows for it.
	 */
	for (i = 0; i < syms.nr; i++) {
		unsigned long ip = ftrace_location(syms.ips[i]);
		const char *modname;

		if (!ip || ip < syms.ips[i] ||
		    ip - syms.ips[i] > FTRACE_MCOUNT_MAX_OFFSET ||
		    !fn_site_name(ip, c->name, &modname) ||
		    strcmp(c->name, c->fn->body))
			ip = 0;
		syms.ips[i] = ip;
	}
	if (!ret) {
		mutex_lock(&ftrace_lock);
		for (i = 0; i < syms.nr && !ret; i++) {
			unsigned long ip = syms.ips[i];
			struct ftrace_site *site;

			if (!ip)
				continue;
			site = ftrace_find_site(ip);
			if (site && !(site->flags & FTRACE_SITE_DISABLED))
				ret = fn_ip_vec_add(&c->out, ip);
		}
		c->skip_kernel = true;
		if (!ret)
			ret = ftrace_for_each_site(fn_match_site, c);
		mutex_unlock(&ftrace_lock);
	}
	kvfree(syms.ips);
	return ret;
}

static int fn_match(const char *pattern, const char *module,
		    struct module *only, unsigned long **ips,
		    unsigned long *nr)
{
	struct fn_match_ctx *c;
	struct fn_pat fn;
	struct fn_modsel mod;
	int ret;

	*ips = NULL;
	*nr = 0;
	c = kzalloc(sizeof(*c), GFP_KERNEL);
	if (!c)
		return -ENOMEM;
	ret = fn_pat_init(&fn, pattern);
	if (ret)
		goto out_ctx;
	ret = fn_modsel_init(&mod, module);
	if (ret)
		goto out_fn;
	c->fn = &fn;
	c->mod = &mod;
	c->only = only;
	if (fn.kind == PAT_EXACT && !module && !only) {
		ret = fn_match_exact(c);
	} else {
		mutex_lock(&ftrace_lock);
		ret = ftrace_for_each_site(fn_match_site, c);
		mutex_unlock(&ftrace_lock);
	}
	if (ret) {
		kvfree(c->out.ips);
	} else {
		*ips = c->out.ips;
		*nr = c->out.nr;
	}
	fn_pat_free(&mod.pat);
out_fn:
	fn_pat_free(&fn);
out_ctx:
	kfree(c);
	return ret;
}

int fn_match_ips(const char *pattern, const char *module, unsigned long **ips,
		 unsigned long *nr)
{
	return fn_match(pattern, module, NULL, ips, nr);
}

/* ---- installing sets ---- */

static void fn_mod_free(struct fn_mod_pattern *p)
{
	list_del(&p->node);
	kfree(p->func);
	kfree(p->module);
	kfree(p);
}

static void fn_mod_list_free(struct list_head *head)
{
	struct fn_mod_pattern *p, *n;

	list_for_each_entry_safe(p, n, head, node)
		fn_mod_free(p);
}

static int fn_mod_list_copy(struct list_head *dst, struct list_head *src)
{
	struct fn_mod_pattern *p, *q;

	list_for_each_entry(p, src, node) {
		q = kzalloc(sizeof(*q), GFP_KERNEL);
		if (!q)
			goto fail;
		q->module = kstrdup(p->module, GFP_KERNEL);
		q->func = p->func ? kstrdup(p->func, GFP_KERNEL) : NULL;
		list_add_tail(&q->node, dst);
		if (!q->module || (p->func && !q->func))
			goto fail;
	}
	return 0;
fail:
	fn_mod_list_free(dst);
	return -ENOMEM;
}

int fn_set_filters(struct ftrace_instance *fi, struct ftrace_hash *filter,
		   struct ftrace_hash *no_trace, struct list_head *mod_filter,
		   struct list_head *mod_notrace)
{
	bool blocked = fi->blocked;
	int ret;

	lockdep_assert_held(&fn_state_mutex);
	if (filter)
		blocked = !ftrace_hash_count(filter) &&
			  !list_empty(mod_filter ?: &fi->mod_filter);
	/* Never let an empty set select everything on the way. */
	if (blocked && fi->ops_live) {
		ret = unregister_ftrace_function(&fi->ops);
		if (ret)
			return ret;
		fi->ops_live = false;
	}
	ret = ftrace_ops_set_hashes(&fi->ops, filter, no_trace);
	if (ret) {
		fn_tracer_sync(fi);
		return ret;
	}
	fi->blocked = blocked;
	if (mod_filter) {
		fn_mod_list_free(&fi->mod_filter);
		list_splice_init(mod_filter, &fi->mod_filter);
	}
	if (mod_notrace) {
		fn_mod_list_free(&fi->mod_notrace);
		list_splice_init(mod_notrace, &fi->mod_notrace);
	}
	return fn_tracer_sync(fi);
}

/* ---- write sessions ---- */

struct fn_session {
	struct trace_array	*tr;
	struct ftrace_instance	*fi;	/* NULL: a filter of another ops */
	struct ftrace_ops	*ops;
	const char		*file;	/* for error_log */
	bool			no_trace;
	bool			truncate;
	bool			changed;
	int			error;
	struct ftrace_hash	*hash;
	struct list_head	mods;	/* pending patterns, as they will be */
	struct fn_cmd_actions	*acts;
	size_t			tok_len;
	char			tok[FN_TOKEN_MAX + 1];
};

static bool fn_module_loaded(const char *name)
{
	bool ret;

	preempt_disable();
	ret = find_module(name) != NULL;
	preempt_enable();
	return ret;
}

static bool fn_plain_module_name(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isalnum(*s) && *s != '_' && *s != '-')
			return false;
	return true;
}

/* A ":mod:" token that matched no site: remember or forget a pattern. */
static int fn_session_pending(struct fn_session *s, bool remove,
			      const char *func, const char *module)
{
	struct fn_mod_pattern *p, *n;
	bool all = !*func || !strcmp(func, "*");
	int found = 0;

	if (!s->fi)
		return -EINVAL;
	if (remove) {
		list_for_each_entry_safe(p, n, &s->mods, node) {
			if (strcmp(p->module, module))
				continue;
			if (all || (p->func && !strcmp(p->func, func))) {
				fn_mod_free(p);
				found++;
			}
		}
		if (!found)
			return -EINVAL;
		s->changed = true;
		return 0;
	}
	if (!fn_plain_module_name(module) || fn_module_loaded(module))
		return -EINVAL;
	list_for_each_entry(p, &s->mods, node) {
		if (strcmp(p->module, module))
			continue;
		if (!p->func || (!all && !strcmp(p->func, func)))
			return 0;	/* already there */
	}
	p = kzalloc(sizeof(*p), GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	p->module = kstrdup(module, GFP_KERNEL);
	p->func = all ? NULL : kstrdup(func, GFP_KERNEL);
	list_add_tail(&p->node, &s->mods);
	if (!p->module || (!all && !p->func)) {
		fn_mod_free(p);
		return -ENOMEM;
	}
	s->changed = true;
	return 0;
}

/* "N": the Nth entry of available_filter_functions (counting from 1). */
static int fn_session_index(struct fn_session *s, bool remove,
			    const char *str)
{
	struct ftrace_site *site;
	unsigned long idx, ip = 0;
	loff_t pos = 0;
	int ret;

	ret = kstrtoul(str, 10, &idx);
	if (ret || !idx)
		return -EINVAL;
	mutex_lock(&ftrace_lock);
	/* Positions count every site; the listing skips disabled ones. */
	for (site = ftrace_site_at(pos); site; site = ftrace_site_at(++pos)) {
		if (site->flags & FTRACE_SITE_DISABLED)
			continue;
		if (!--idx) {
			ip = site->ip;
			break;
		}
	}
	mutex_unlock(&ftrace_lock);
	if (!ip)
		return -EINVAL;
	s->changed = true;
	if (remove) {
		ftrace_hash_remove(s->hash, ip);
		return 0;
	}
	return ftrace_hash_add(s->hash, ip);
}

static int fn_session_funcs(struct fn_session *s, bool remove, char *func,
			    char *module)
{
	unsigned long *ips, nr, i;
	int ret;

	if (!module && isdigit(*func))
		return fn_session_index(s, remove, func);
	ret = fn_match_ips(func, module, &ips, &nr);
	if (ret)
		return ret;
	if (!nr)
		return module ? fn_session_pending(s, remove, func, module) :
				-EINVAL;
	for (i = 0; i < nr && !ret; i++) {
		if (remove)
			ftrace_hash_remove(s->hash, ips[i]);
		else
			ret = ftrace_hash_add(s->hash, ips[i]);
	}
	kvfree(ips);
	s->changed = true;
	return ret;
}

static int fn_session_token(struct fn_session *s, char *tok)
{
	bool remove = false;
	char *func, *cmd;

	if (*tok == '!') {
		remove = true;
		tok++;
	}
	func = strsep(&tok, ":");
	if (!tok) {
		if (!*func)
			return -EINVAL;
		return fn_session_funcs(s, remove, func, NULL);
	}
	cmd = strsep(&tok, ":");
	if (!strcmp(cmd, "mod")) {
		if (!tok)
			return -EINVAL;
		return fn_session_funcs(s, remove, func, tok);
	}
	/* Function commands exist only in an instance's set_ftrace_filter. */
	if (s->no_trace || !s->fi)
		return -EINVAL;
	return fn_cmd_stage(s->fi, &s->acts, remove, func, cmd, tok);
}

static int fn_session_flush(struct fn_session *s)
{
	int ret;

	if (!s->tok_len)
		return 0;
	s->tok[s->tok_len] = '\0';
	s->tok_len = 0;
	ret = fn_session_token(s, s->tok);
	if (ret && !s->error)
		s->error = ret;
	return ret;
}

/* Feed @len bytes of @buf; returns the first error of these bytes. */
static int fn_session_feed(struct fn_session *s, const char *buf, size_t len)
{
	int ret = 0, err;
	size_t i;

	for (i = 0; i < len; i++) {
		if (isspace(buf[i]) || !buf[i]) {
			err = fn_session_flush(s);
			if (!ret)
				ret = err;
			continue;
		}
		if (s->tok_len == FN_TOKEN_MAX) {
			/* Swallow the rest of an overlong token. */
			if (!s->error)
				s->error = -EINVAL;
			ret = ret ?: -EINVAL;
			continue;
		}
		s->tok[s->tok_len++] = buf[i];
	}
	return ret;
}

static struct fn_session *fn_session_new(struct trace_array *tr,
					 struct ftrace_instance *fi,
					 struct ftrace_ops *ops, bool no_trace,
					 bool truncate, const char *file)
{
	struct fn_session *s = kvzalloc(sizeof(*s), GFP_KERNEL);

	if (!s)
		return NULL;
	s->tr = tr;
	s->fi = fi;
	s->ops = ops;
	s->file = file;
	s->no_trace = no_trace;
	s->truncate = truncate;
	INIT_LIST_HEAD(&s->mods);
	if (truncate)
		s->hash = ftrace_hash_alloc();
	else if (no_trace)
		s->hash = ftrace_ops_get_notrace(ops);
	else
		s->hash = ftrace_ops_get_filter(ops);
	if (!s->hash)
		goto fail;
	if (fi && !truncate) {
		int ret;

		mutex_lock(&fn_state_mutex);
		ret = fn_mod_list_copy(&s->mods, no_trace ? &fi->mod_notrace :
							   &fi->mod_filter);
		mutex_unlock(&fn_state_mutex);
		if (ret)
			goto fail;
	}
	return s;
fail:
	ftrace_hash_free(s->hash);
	kvfree(s);
	return NULL;
}

static void fn_session_free(struct fn_session *s)
{
	ftrace_hash_free(s->hash);
	fn_mod_list_free(&s->mods);
	fn_cmd_actions_free(s->acts);
	kvfree(s);
}

static const char *const fn_errs[] = {
	"Function filter not applied",
	"Function commands not applied",
};

/*
 * A pending pattern whose module loaded since the write was checked (its
 * load hook ran before this session was installed, or will find nothing
 * pending): apply it now. Serialized with ftrace_filter_module_loaded()
 * by fn_state_mutex, so every pattern is applied exactly once.
 */
static int fn_session_resolve(struct fn_session *s)
{
	struct fn_mod_pattern *p, *n;
	unsigned long *ips, nr, i;
	struct module *mod;
	int ret = 0;

	lockdep_assert_held(&fn_state_mutex);
	list_for_each_entry_safe(p, n, &s->mods, node) {
		preempt_disable();
		mod = find_module(p->module);
		if (mod && !try_module_get(mod))
			mod = NULL;
		preempt_enable();
		if (!mod)
			continue;
		ret = fn_match(p->func ?: "*", NULL, mod, &ips, &nr);
		module_put(mod);
		for (i = 0; !ret && i < nr; i++)
			ret = ftrace_hash_add(s->hash, ips[i]);
		kvfree(ips);
		if (ret)
			return ret;
		fn_mod_free(p);
	}
	return 0;
}

/* Install everything the session built. Context: file release. */
static void fn_session_commit(struct fn_session *s)
{
	bool set = s->changed || s->truncate;
	struct ftrace_hash *h = set ? s->hash : NULL;
	int ret = 0;

	mutex_lock(&fn_state_mutex);
	if (set && s->fi) {
		ret = fn_session_resolve(s);
		if (!ret)
			ret = fn_set_filters(s->fi, s->no_trace ? NULL : h,
					     s->no_trace ? h : NULL,
					     s->no_trace ? NULL : &s->mods,
					     s->no_trace ? &s->mods : NULL);
	} else if (set) {
		ret = ftrace_ops_set_hashes(s->ops, s->no_trace ? NULL : h,
					    s->no_trace ? h : NULL);
	}
	if (ret) {
		tracing_log_err(s->tr, s->file, "", fn_errs, 0, 0);
	} else {
		if (set)
			s->hash = NULL;		/* the core owns it now */
		if (s->acts && fn_cmds_commit(s->fi, s->acts))
			tracing_log_err(s->tr, s->file, "", fn_errs, 1, 0);
		s->acts = NULL;
	}
	mutex_unlock(&fn_state_mutex);
	if (!ret && set && s->fi && s->tr == top_trace_array())
		ftrace_profile_filter_changed();
}

/* ---- the filter files ---- */

/* What a reader of a filter file sees: a snapshot taken at open. */
struct fn_listing {
	unsigned long	*ips;		/* sorted */
	unsigned long	nr;
	char		*mods;		/* pending patterns (or the "####" line) */
	char		*cmds;		/* function commands, kvmalloc'ed */
};

#define FN_LISTING_TAIL	((void *)1)

static int fn_ip_cmp(const void *a, const void *b)
{
	unsigned long x = *(const unsigned long *)a;
	unsigned long y = *(const unsigned long *)b;

	return x < y ? -1 : x > y;
}

static int fn_hash_collect(unsigned long ip, void *data)
{
	return fn_ip_vec_add(data, ip);
}

/* Pending patterns as set_ftrace_filter shows them: "func:mod:module". */
static char *fn_mod_text(struct list_head *head, const char *head_text)
{
	struct fn_mod_pattern *p;
	char *text = kstrdup(head_text, GFP_KERNEL), *t;

	list_for_each_entry(p, head, node) {
		if (!text)
			return NULL;
		t = kasprintf(GFP_KERNEL, "%s%s:mod:%s\n", text,
			      p->func ?: "*", p->module);
		kfree(text);
		text = t;
	}
	return text;
}

static void fn_listing_free(struct fn_listing *l)
{
	kvfree(l->ips);
	kfree(l->mods);
	kvfree(l->cmds);
	kfree(l);
}

static struct fn_listing *fn_listing_new(struct ftrace_instance *fi,
					 struct ftrace_ops *ops, bool no_trace)
{
	struct fn_listing *l = kzalloc(sizeof(*l), GFP_KERNEL);
	struct list_head *mods = NULL;
	struct fn_ip_vec v = {};
	struct ftrace_hash *h;
	const char *empty = "";
	int ret;

	if (!l)
		return NULL;
	if (fi)
		mods = no_trace ? &fi->mod_notrace : &fi->mod_filter;
	mutex_lock(&fn_state_mutex);
	h = no_trace ? ftrace_ops_get_notrace(ops) : ftrace_ops_get_filter(ops);
	ret = h ? ftrace_hash_for_each(h, fn_hash_collect, &v) : -ENOMEM;
	/*
	 * Only a set with no member at all selects everything: functions
	 * of an unloaded module still count (they select nothing now).
	 */
	if (!ret && !ftrace_hash_count(h) && !(mods && !list_empty(mods)))
		empty = no_trace ? "#### no functions disabled ####\n" :
				  "#### all functions enabled ####\n";
	ftrace_hash_free(h);
	l->mods = mods ? fn_mod_text(mods, empty) : kstrdup(empty, GFP_KERNEL);
	l->cmds = fi && !no_trace ? fn_cmds_text(fi) : NULL;
	mutex_unlock(&fn_state_mutex);

	l->ips = v.ips;
	l->nr = v.nr;
	if (ret || !l->mods || (fi && !no_trace && !l->cmds)) {
		fn_listing_free(l);
		return NULL;
	}
	sort(l->ips, l->nr, sizeof(*l->ips), fn_ip_cmp, NULL);
	return l;
}

static void *fn_listing_start(struct seq_file *m, loff_t *pos)
{
	struct fn_listing *l = m->private;

	if (*pos < l->nr)
		return &l->ips[*pos];
	if (*pos == l->nr && (*l->mods || (l->cmds && *l->cmds)))
		return FN_LISTING_TAIL;
	return NULL;
}

static void *fn_listing_next(struct seq_file *m, void *v, loff_t *pos)
{
	(*pos)++;
	return fn_listing_start(m, pos);
}

static void fn_listing_stop(struct seq_file *m, void *v)
{
}

/* "name" or "name [module]", as every function listing prints a site. */
static void fn_print_site(struct seq_file *m, unsigned long ip)
{
	char name[KSYM_NAME_LEN];
	const char *modname;

	if (!fn_site_name(ip, name, &modname)) {
		seq_printf(m, "__ftrace_invalid_address___%lx", ip);
		return;
	}
	seq_puts(m, name);
	if (modname)
		seq_printf(m, " [%s]", modname);
}

static int fn_listing_show(struct seq_file *m, void *v)
{
	struct fn_listing *l = m->private;

	if (v == FN_LISTING_TAIL) {
		seq_puts(m, l->mods);
		if (l->cmds)
			seq_puts(m, l->cmds);
		return 0;
	}
	fn_print_site(m, *(unsigned long *)v);
	seq_putc(m, '\n');
	return 0;
}

static const struct seq_operations fn_listing_seq_ops = {
	.start	= fn_listing_start,
	.next	= fn_listing_next,
	.stop	= fn_listing_stop,
	.show	= fn_listing_show,
};

/* Which set a filter file edits. */
enum fn_filter_kind {
	FN_FILTER,
	FN_NOTRACE,
};

/*
 * Open a filter file of @ops (@fi NULL: not an instance's function
 * tracer). Readers get a snapshot; writers a session.
 */
int fn_filter_open(struct file *file, struct trace_array *tr,
		   struct ftrace_instance *fi, struct ftrace_ops *ops,
		   bool no_trace, const char *name)
{
	int ret;

	if (file->f_mode & FMODE_WRITE) {
		struct fn_session *s;

		s = fn_session_new(tr, fi, ops, no_trace,
				   file->f_flags & O_TRUNC, name);
		if (!s)
			return -ENOMEM;
		file->private_data = s;
		return 0;
	}
	ret = seq_open(file, &fn_listing_seq_ops);
	if (ret)
		return ret;
	((struct seq_file *)file->private_data)->private =
		fn_listing_new(fi, ops, no_trace);
	if (!((struct seq_file *)file->private_data)->private) {
		seq_release(file_inode(file), file);
		return -ENOMEM;
	}
	return 0;
}

ssize_t fn_filter_write(struct file *file, const char __user *ubuf,
			size_t cnt, loff_t *ppos)
{
	struct fn_session *s = file->private_data;
	char *buf;
	size_t done = 0;
	int ret = 0;

	if (!(file->f_mode & FMODE_WRITE))
		return -EINVAL;
	buf = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	while (done < cnt && !ret) {
		size_t n = min_t(size_t, cnt - done, PAGE_SIZE);

		if (copy_from_user(buf, ubuf + done, n)) {
			ret = -EFAULT;
			if (!s->error)
				s->error = ret;
			break;
		}
		ret = fn_session_feed(s, buf, n);
		done += n;
	}
	kfree(buf);
	if (ret)
		return ret;
	*ppos += cnt;
	return cnt;
}

ssize_t fn_filter_read(struct file *file, char __user *ubuf, size_t cnt,
		       loff_t *ppos)
{
	if (file->f_mode & FMODE_WRITE)
		return 0;	/* a write session has nothing to show */
	return seq_read(file, ubuf, cnt, ppos);
}

loff_t fn_filter_llseek(struct file *file, loff_t offset, int whence)
{
	if (file->f_mode & FMODE_WRITE) {
		file->f_pos = 0;
		return 0;
	}
	return seq_lseek(file, offset, whence);
}

/* Finish a session or drop a listing. The caller unpins the instance. */
void fn_filter_release(struct inode *inode, struct file *file)
{
	if (file->f_mode & FMODE_WRITE) {
		struct fn_session *s = file->private_data;

		fn_session_flush(s);
		if (s->error)
			tracing_log_err(s->tr, s->file, "", fn_errs, 0, 0);
		else
			fn_session_commit(s);
		fn_session_free(s);
		return;
	}
	fn_listing_free(((struct seq_file *)file->private_data)->private);
	seq_release(inode, file);
}

/* set_ftrace_filter and set_ftrace_notrace of an instance. */
static int fn_instance_filter_open(struct inode *inode, struct file *file,
				   bool no_trace)
{
	struct trace_array *tr = tracefs_file_data(file);
	int ret = trace_array_get(tr);

	if (ret)
		return ret;
	ret = fn_filter_open(file, tr, tr->fn, &tr->fn->ops, no_trace,
			     no_trace ? "set_ftrace_notrace" :
				       "set_ftrace_filter");
	if (ret)
		trace_array_put(tr);
	return ret;
}

static int set_ftrace_filter_open(struct inode *inode, struct file *file)
{
	return fn_instance_filter_open(inode, file, false);
}

static int set_ftrace_notrace_open(struct inode *inode, struct file *file)
{
	return fn_instance_filter_open(inode, file, true);
}

static int fn_instance_filter_release(struct inode *inode, struct file *file)
{
	struct trace_array *tr = file->f_mode & FMODE_WRITE ?
		((struct fn_session *)file->private_data)->tr :
		tracefs_file_data(file);

	fn_filter_release(inode, file);
	trace_array_put(tr);
	return 0;
}

static const struct file_operations set_ftrace_filter_fops = {
	.open		= set_ftrace_filter_open,
	.read		= fn_filter_read,
	.write		= fn_filter_write,
	.llseek		= fn_filter_llseek,
	.release	= fn_instance_filter_release,
};

static const struct file_operations set_ftrace_notrace_fops = {
	.open		= set_ftrace_notrace_open,
	.read		= fn_filter_read,
	.write		= fn_filter_write,
	.llseek		= fn_filter_llseek,
	.release	= fn_instance_filter_release,
};

/* ---- pending ":mod:" patterns meet their module ---- */

static void fn_apply_pending(struct ftrace_instance *fi, struct module *mod,
			     bool no_trace)
{
	struct list_head *head = no_trace ? &fi->mod_notrace : &fi->mod_filter;
	struct fn_mod_pattern *p, *n;
	struct ftrace_hash *h;
	LIST_HEAD(todo);
	int ret = 0;

	list_for_each_entry_safe(p, n, head, node)
		if (!strcmp(p->module, mod->name))
			list_move_tail(&p->node, &todo);
	if (list_empty(&todo))
		return;
	h = no_trace ? ftrace_ops_get_notrace(&fi->ops) :
		      ftrace_ops_get_filter(&fi->ops);
	if (!h)
		ret = -ENOMEM;
	list_for_each_entry(p, &todo, node) {
		unsigned long *ips, nr, i;

		if (ret)
			break;
		ret = fn_match(p->func ?: "*", NULL, mod, &ips, &nr);
		for (i = 0; !ret && i < nr; i++)
			ret = ftrace_hash_add(h, ips[i]);
		kvfree(ips);
	}
	if (!ret)
		ret = fn_set_filters(fi, no_trace ? NULL : h, no_trace ? h : NULL,
				     NULL, NULL);
	if (ret) {
		pr_warn("could not apply the pending filters of module %s (%d)\n",
			mod->name, ret);
		ftrace_hash_free(h);
		list_splice(&todo, head);
		return;
	}
	fn_mod_list_free(&todo);
}

/**
 * ftrace_filter_module_loaded - apply pending ":mod:" filters to @mod
 * @mod: a module whose sites are recorded and whose code has not run yet
 *
 * Context: process, may sleep; ftrace_lock not held.
 */
void ftrace_filter_module_loaded(struct module *mod)
{
	struct ftrace_instance *fi;

	mutex_lock(&fn_state_mutex);
	list_for_each_entry(fi, &ftrace_instances, node) {
		if (!list_empty(&fi->mod_filter))
			fn_apply_pending(fi, mod, false);
		if (!list_empty(&fi->mod_notrace))
			fn_apply_pending(fi, mod, true);
	}
	mutex_unlock(&fn_state_mutex);
}

/**
 * ftrace_filter_module_gone - forget function commands on @mod's functions
 * @mod: a module going away; its code no longer runs
 *
 * Upstream 6.12 leaves such probes in place: they read back as a bare
 * address ("0xffffffffc0...:traceon:unlimited"), cannot be removed by
 * name, and would act on whatever code is loaded later at that address.
 * We drop them instead, as ftrace_release_mod() drops the module's
 * addresses from every filter.
 *
 * Context: process, may sleep; ftrace_lock not held.
 */
void ftrace_filter_module_gone(struct module *mod)
{
	struct ftrace_instance *fi;

	mutex_lock(&fn_state_mutex);
	list_for_each_entry(fi, &ftrace_instances, node)
		if (fi->cmds)
			fn_cmds_module_gone(fi, mod);
	mutex_unlock(&fn_state_mutex);
}

/* ---- the top-level listings ---- */

enum fn_avail_kind {
	AVAIL_FUNCS,
	AVAIL_ADDRS,
	AVAIL_ENABLED,
	AVAIL_TOUCHED,
};

static bool fn_avail_wanted(struct ftrace_site *site, enum fn_avail_kind k)
{
	switch (k) {
	case AVAIL_FUNCS:
	case AVAIL_ADDRS:
		return !(site->flags & FTRACE_SITE_DISABLED);
	case AVAIL_ENABLED:
		return site->flags & FTRACE_SITE_ENABLED;
	case AVAIL_TOUCHED:
		return site->flags & FTRACE_SITE_TOUCHED;
	}
	return false;
}

/* The seq_file position is the site's position among all sites. */
static void *fn_avail_find(struct seq_file *m, loff_t *pos)
{
	enum fn_avail_kind k = (unsigned long)m->private;
	struct ftrace_site *site;

	for (;; (*pos)++) {
		site = ftrace_site_at(*pos);
		if (!site || fn_avail_wanted(site, k))
			return site;
		if (!(*pos & 1023))
			cond_resched();
	}
}

static void *fn_avail_start(struct seq_file *m, loff_t *pos)
{
	mutex_lock(&ftrace_lock);
	return fn_avail_find(m, pos);
}

static void *fn_avail_next(struct seq_file *m, void *v, loff_t *pos)
{
	(*pos)++;
	return fn_avail_find(m, pos);
}

static void fn_avail_stop(struct seq_file *m, void *v)
{
	mutex_unlock(&ftrace_lock);
}

/* enabled_functions: " tramp: ..." for a site on a dedicated trampoline. */
static void fn_print_tramp(struct ftrace_ops *ops, void *data)
{
	struct seq_file *m = data;

	if (!ops->trampoline)
		return;
	seq_printf(m, "\ttramp: 0x%lx (%pS) ->%pS", ops->trampoline,
		   ops->func, ftrace_ops_tramp_func(ops));
}

static int fn_avail_show(struct seq_file *m, void *v)
{
	enum fn_avail_kind k = (unsigned long)m->private;
	struct ftrace_site *site = v;
	unsigned long f = site->flags;

	if (k == AVAIL_ADDRS)
		seq_printf(m, "%lx ", site->ip);
	fn_print_site(m, site->ip);
	if (k == AVAIL_ENABLED || k == AVAIL_TOUCHED) {
		/* Columns: count, R(egs), I(pmodify), D(irect), O(ps), M. */
		seq_printf(m, " (%lu)%s%s%s%s%s", f & FTRACE_SITE_REF_MASK,
			   f & FTRACE_SITE_REGS ? " R" : "  ",
			   f & FTRACE_SITE_IPMODIFY ? " I" : "  ", "  ", "  ",
			   f & FTRACE_SITE_IPMODIFY ? " M " : "   ");
		if ((f & FTRACE_SITE_DIRECT) && (f & FTRACE_SITE_ENABLED))
			ftrace_for_each_site_ops(site, fn_print_tramp, m);
	}
	seq_putc(m, '\n');
	return 0;
}

static const struct seq_operations fn_avail_seq_ops = {
	.start	= fn_avail_start,
	.next	= fn_avail_next,
	.stop	= fn_avail_stop,
	.show	= fn_avail_show,
};

static int fn_avail_open(struct inode *inode, struct file *file)
{
	int ret = seq_open(file, &fn_avail_seq_ops);

	if (!ret)
		((struct seq_file *)file->private_data)->private =
			tracefs_file_data(file);
	return ret;
}

static const struct file_operations fn_avail_fops = {
	.open		= fn_avail_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= seq_release,
};

/* ---- boot options ---- */

static char fn_boot_filter[COMMAND_LINE_SIZE] __initdata;
static char fn_boot_notrace[COMMAND_LINE_SIZE] __initdata;

static int __init set_ftrace_filter_boot(char *str)
{
	strscpy(fn_boot_filter, str, sizeof(fn_boot_filter));
	return 1;
}
__setup("ftrace_filter=", set_ftrace_filter_boot);

static int __init set_ftrace_notrace_boot(char *str)
{
	strscpy(fn_boot_notrace, str, sizeof(fn_boot_notrace));
	return 1;
}
__setup("ftrace_notrace=", set_ftrace_notrace_boot);

/*
 * Apply a comma-separated boot list to the top level's filter, token by
 * token; a bad token is reported and skipped (there is no one to fail).
 */
static void __init fn_boot_apply(char *list, bool no_trace)
{
	struct fn_session *s;
	char *tok;

	if (!*list)
		return;
	s = fn_session_new(top_trace_array(), &global_fn, &global_fn.ops,
			   no_trace, false,
			   no_trace ? "ftrace_notrace" : "ftrace_filter");
	if (!s) {
		pr_warn("no memory for the boot-time function filter\n");
		return;
	}
	while ((tok = strsep(&list, ",")) != NULL) {
		if (!*tok)
			continue;
		if (strlen(tok) > FN_TOKEN_MAX ||
		    fn_session_token(s, strcpy(s->tok, tok)))
			pr_warn("%s=: '%s' not applied\n",
				no_trace ? "ftrace_notrace" : "ftrace_filter",
				tok);
	}
	fn_session_commit(s);
	fn_session_free(s);
}

/* Called by the function tracer's init, before ftrace= takes effect. */
void __init ftrace_filter_boot_apply(void)
{
	fn_boot_apply(fn_boot_filter, false);
	fn_boot_apply(fn_boot_notrace, true);
}

/* ---- instances ---- */

static void fn_instance_init(struct ftrace_instance *fi, struct trace_array *tr)
{
	fi->tr = tr;
	fi->ops.func = function_trace_call;
	fi->ops.flags = 0;	/* guards itself (ftrace_test_recursion_trylock) */
	fi->ops.private = tr;
	INIT_LIST_HEAD(&fi->mod_filter);
	INIT_LIST_HEAD(&fi->mod_notrace);
	tr->fn = fi;
	mutex_lock(&fn_state_mutex);
	list_add_tail(&fi->node, &ftrace_instances);
	mutex_unlock(&fn_state_mutex);
}

/* The top level's state exists from early boot, tracefs or not. */
static int __init ftrace_filter_early_init(void)
{
	fn_instance_init(&global_fn, top_trace_array());
	return 0;
}
early_initcall(ftrace_filter_early_init);

static const struct {
	const char			*name;
	const struct file_operations	*fops;
} fn_instance_files[] = {
	{ "set_ftrace_filter",	&set_ftrace_filter_fops },
	{ "set_ftrace_notrace",	&set_ftrace_notrace_fops },
};

/**
 * ftrace_instance_create - function tracing state and files of @tr
 * @tr: a new instance, or global_trace when tracefs comes up
 *
 * Context: process, trace_types_lock held, may sleep.
 * Return: 0 or -ENOMEM (or the error of creating a file).
 */
int ftrace_instance_create(struct trace_array *tr)
{
	struct ftrace_instance *fi;
	struct dentry *d;
	int i, ret;

	if (!tr->fn) {
		fi = kzalloc(sizeof(*fi), GFP_KERNEL);
		if (!fi)
			return -ENOMEM;
		fn_instance_init(fi, tr);
	}
	for (i = 0; i < ARRAY_SIZE(fn_instance_files); i++) {
		d = tracefs_create_file(fn_instance_files[i].name,
					TRACE_MODE_WRITE, tr->dir, tr,
					fn_instance_files[i].fops);
		if (IS_ERR(d))
			return PTR_ERR(d);
	}
	ret = ftrace_pid_create_files(tr);
	if (!ret)
		ret = fn_tracer_options_create(tr);
	return ret;
}

/**
 * ftrace_instance_destroy - drop the function tracing state of @tr
 * @tr: an instance being removed; its files are gone and its tracer reset
 *
 * Context: process, trace_types_lock held, may sleep.
 */
void ftrace_instance_destroy(struct trace_array *tr)
{
	struct ftrace_instance *fi = tr->fn;

	if (!fi || fi == &global_fn)
		return;
	fn_cmds_destroy(fi);
	ftrace_pid_destroy(fi);
	mutex_lock(&fn_state_mutex);
	list_del(&fi->node);
	fi->tracer_on = false;
	fn_tracer_sync(fi);
	fn_mod_list_free(&fi->mod_filter);
	fn_mod_list_free(&fi->mod_notrace);
	mutex_unlock(&fn_state_mutex);
	ftrace_free_filter(&fi->ops);
	tr->fn = NULL;
	kfree(fi);
}

static const struct {
	const char		*name;
	enum fn_avail_kind	kind;
} fn_top_files[] = {
	{ "available_filter_functions",		AVAIL_FUNCS },
	{ "available_filter_functions_addrs",	AVAIL_ADDRS },
	{ "enabled_functions",			AVAIL_ENABLED },
	{ "touched_functions",			AVAIL_TOUCHED },
};

/**
 * ftrace_init_tracefs_top - the top-level-only function tracing files
 *
 * Context: boot (fs_initcall), may sleep.
 * Return: 0 or the error of creating a file.
 */
int ftrace_init_tracefs_top(void)
{
	struct dentry *d;
	int i, ret;

	for (i = 0; i < ARRAY_SIZE(fn_top_files); i++) {
		d = tracefs_create_file(fn_top_files[i].name, TRACE_MODE_READ,
					NULL,
					(void *)(unsigned long)fn_top_files[i].kind,
					&fn_avail_fops);
		if (IS_ERR(d))
			return PTR_ERR(d);
	}
	ret = ftrace_profile_init_tracefs();
	if (!ret)
		ret = stack_trace_init_tracefs();
	return ret;
}
