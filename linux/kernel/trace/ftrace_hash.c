// SPDX-License-Identifier: GPL-2.0
/*
 * Address sets for the function-hook core (struct ftrace_hash).
 *
 * A set of fentry site addresses, looked up on every traced call in the
 * list walker, so lookups must be cheap and lock-free (the layout is in
 * ftrace_core.h, so that the walker can inline them):
 *
 *	slots[]	open addressing, linear probing, 1 << bits entries;
 *		0 marks an empty slot (no site lives at address 0)
 *	count	live addresses
 *	dead	addresses whose code went away (module unload, freed init
 *		text): they are counted but match nothing, so that a filter
 *		that named only such code does not turn into "everything"
 *
 * The table is kept at most half full, so a miss ends after a short run.
 *
 * Concurrency: a set is built and changed by one owner with no reader
 * (under the owner's lock). Once it is published to an ops it is never
 * modified again: the core replaces it as a whole and frees the old one
 * after an RCU grace period (ftrace_hash_free_rcu()). Readers therefore
 * need only a stable pointer, which rcu_dereference in the caller gives.
 */
#include <linux/hash.h>
#include <linux/mm.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include "ftrace_core.h"

#define FTRACE_HASH_MIN_BITS	4

static unsigned long *slots_alloc(unsigned int bits)
{
	return kvcalloc(1UL << bits, sizeof(unsigned long), GFP_KERNEL);
}

/**
 * ftrace_hash_alloc - a new, empty address set
 *
 * Context: process, may sleep.
 * Return: the set, or NULL when out of memory.
 */
struct ftrace_hash *ftrace_hash_alloc(void)
{
	return kzalloc(sizeof(struct ftrace_hash), GFP_KERNEL);
}

/* Insert into a table known to have room; no duplicate check. */
static void slot_insert(unsigned long *slots, unsigned int bits,
			unsigned long ip)
{
	unsigned long mask = (1UL << bits) - 1;
	unsigned long i = hash_long(ip, bits);

	while (slots[i])
		i = (i + 1) & mask;
	slots[i] = ip;
}

/* Make room for @want live entries; keeps the load at most 1/2. */
static int hash_reserve(struct ftrace_hash *hash, unsigned long want)
{
	unsigned int bits = hash->bits ? hash->bits : FTRACE_HASH_MIN_BITS;
	unsigned long *slots, i;

	while ((1UL << bits) < 2 * want)
		bits++;
	if (hash->slots && bits == hash->bits)
		return 0;

	slots = slots_alloc(bits);
	if (!slots)
		return -ENOMEM;
	if (hash->slots) {
		for (i = 0; i < (1UL << hash->bits); i++)
			if (hash->slots[i])
				slot_insert(slots, bits, hash->slots[i]);
		kvfree(hash->slots);
	}
	hash->slots = slots;
	hash->bits = bits;
	return 0;
}

/**
 * ftrace_hash_copy - duplicate an address set
 * @src: the set to copy; NULL copies as an empty set
 *
 * Context: process, may sleep. @src must not change meanwhile.
 * Return: the copy, or NULL when out of memory.
 */
struct ftrace_hash *ftrace_hash_copy(const struct ftrace_hash *src)
{
	struct ftrace_hash *hash = ftrace_hash_alloc();

	if (!hash || !src || !src->slots)
		goto out;
	hash->slots = slots_alloc(src->bits);
	if (!hash->slots) {
		kfree(hash);
		return NULL;
	}
	memcpy(hash->slots, src->slots,
	       (1UL << src->bits) * sizeof(unsigned long));
	hash->bits = src->bits;
	hash->count = src->count;
out:
	if (hash && src)
		hash->dead = src->dead;
	return hash;
}

/**
 * ftrace_hash_free - free an address set nobody else can see
 * @hash: the set, or NULL
 *
 * Context: process or softirq.
 */
void ftrace_hash_free(struct ftrace_hash *hash)
{
	if (!hash)
		return;
	kvfree(hash->slots);
	kfree(hash);
}

static void hash_free_rcu(struct rcu_head *head)
{
	ftrace_hash_free(container_of(head, struct ftrace_hash, rcu));
}

/*
 * Free a set that callbacks may still be reading. Callbacks read sets
 * only with preemption disabled on an online CPU, where RCU is watching
 * (the trampolines skip offline CPUs), so a normal grace period is enough.
 */
void ftrace_hash_free_rcu(struct ftrace_hash *hash)
{
	if (hash)
		call_rcu(&hash->rcu, hash_free_rcu);
}

/**
 * ftrace_hash_add - add @ip to @hash (no effect if present)
 * @hash: a set the caller owns
 * @ip: a site address
 *
 * Context: process, may sleep; the caller owns @hash.
 * Return: 0, -EINVAL for address 0, or -ENOMEM.
 */
int ftrace_hash_add(struct ftrace_hash *hash, unsigned long ip)
{
	int err;

	if (!ip)
		return -EINVAL;
	if (ftrace_hash_contains(hash, ip))
		return 0;
	err = hash_reserve(hash, hash->count + 1);
	if (err)
		return err;
	slot_insert(hash->slots, hash->bits, ip);
	hash->count++;
	return 0;
}

/*
 * Remove @ip, closing the gap so that every remaining entry stays
 * reachable from its home slot (backward shift, no tombstones).
 */
static bool slot_remove(struct ftrace_hash *hash, unsigned long ip)
{
	unsigned long mask, i, j, home;

	if (!hash->slots)
		return false;
	mask = (1UL << hash->bits) - 1;
	for (i = hash_long(ip, hash->bits); hash->slots[i] != ip;
	     i = (i + 1) & mask)
		if (!hash->slots[i])
			return false;

	for (j = (i + 1) & mask; hash->slots[j]; j = (j + 1) & mask) {
		home = hash_long(hash->slots[j], hash->bits);
		/* Move slots[j] into the hole unless its home lies in (i, j]. */
		if (((j - home) & mask) >= ((j - i) & mask)) {
			hash->slots[i] = hash->slots[j];
			i = j;
		}
	}
	hash->slots[i] = 0;
	hash->count--;
	return true;
}

/**
 * ftrace_hash_remove - remove @ip from @hash (no effect if absent)
 * @hash: a set the caller owns, or NULL
 * @ip: the address
 *
 * Context: any; the caller owns @hash. Never allocates.
 */
void ftrace_hash_remove(struct ftrace_hash *hash, unsigned long ip)
{
	if (hash)
		slot_remove(hash, ip);
}

/*
 * Like ftrace_hash_remove(), but the address keeps counting as a "dead"
 * member: used when the code at @ip is freed. Returns true if removed.
 */
bool ftrace_hash_bury(struct ftrace_hash *hash, unsigned long ip)
{
	if (!hash || !slot_remove(hash, ip))
		return false;
	hash->dead++;
	return true;
}

/**
 * ftrace_hash_contains - is @ip in @hash?
 * @hash: the set, or NULL (empty)
 * @ip: the address
 *
 * Context: any, NMI included; @hash must stay valid (RCU or ownership).
 */
bool ftrace_hash_contains(const struct ftrace_hash *hash, unsigned long ip)
{
	return ftrace_hash_has(hash, ip);
}

/**
 * ftrace_hash_count - number of addresses in @hash
 * @hash: the set, or NULL (empty)
 *
 * Dead addresses (their code was freed) are included, so that a count of
 * 0 always means "the empty set", which as a filter selects every site.
 * Context: any.
 */
unsigned long ftrace_hash_count(const struct ftrace_hash *hash)
{
	return hash ? hash->count + hash->dead : 0;
}

/* True if @hash has no member, live or dead. Context: any. */
bool ftrace_hash_empty(const struct ftrace_hash *hash)
{
	return !ftrace_hash_count(hash);
}

/**
 * ftrace_hash_for_each - call @fn for every live address in @hash
 * @hash: the set, or NULL (empty)
 * @fn: called with each address and @data
 * @data: passed to @fn
 *
 * Stops at and returns the first nonzero value @fn returns.
 * Context: the caller owns @hash or holds it stable; @fn must not change it.
 */
int ftrace_hash_for_each(const struct ftrace_hash *hash,
			 int (*fn)(unsigned long ip, void *data), void *data)
{
	unsigned long i;
	int ret;

	if (!hash || !hash->slots)
		return 0;
	for (i = 0; i < (1UL << hash->bits); i++) {
		if (!hash->slots[i])
			continue;
		ret = fn(hash->slots[i], data);
		if (ret)
			return ret;
	}
	return 0;
}
