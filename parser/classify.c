/* classify.c - decide reason, class and hard_bounce of a record (DESIGN.md §4) */
#include <string.h>
#include <bounced/classify.h>
#include "classify_text.h"
#include "host_names.h"
#include "delay_phrases.h"
#include "status.h"
#include "utf8.h"

/* One word of the reason vocabulary, its class and the code to infer for it. */
typedef struct classify_reason {
	const char *name;
	bd_class klass;
	const char *detail; /* "subject.detail" of the status inferred when none was given */
} classify_reason;

static const classify_reason reasons[] = {
    {"userunknown", BD_CLASS_HARD, "1.1"},      {"hostunknown", BD_CLASS_HARD, "1.2"},
    {"hasmoved", BD_CLASS_HARD, "1.6"},         {"notaccept", BD_CLASS_HARD, "1.10"},
    {"suspend", BD_CLASS_SOFT, "2.1"},          {"mailboxfull", BD_CLASS_SOFT, "2.2"},
    {"exceedlimit", BD_CLASS_SOFT, "2.3"},      {"systemfull", BD_CLASS_SOFT, "3.1"},
    {"mesgtoobig", BD_CLASS_SOFT, "3.4"},       {"expired", BD_CLASS_SOFT, "4.7"},
    {"networkerror", BD_CLASS_SOFT, "4.0"},     {"systemerror", BD_CLASS_SOFT, "3.0"},
    {"mailererror", BD_CLASS_SOFT, "3.0"},      {"contenterror", BD_CLASS_SOFT, "6.0"},
    {"notcompliantrfc", BD_CLASS_SOFT, "6.0"},  {"filtered", BD_CLASS_SOFT, "2.0"},
    {"onhold", BD_CLASS_UNKNOWN, "0.0"},        {"undefined", BD_CLASS_UNKNOWN, "0.0"},
    {"blocked", BD_CLASS_BLOCK, "7.1"},         {"requireptr", BD_CLASS_BLOCK, "7.25"},
    {"badreputation", BD_CLASS_BLOCK, "7.1"},   {"authfailure", BD_CLASS_BLOCK, "7.26"},
    {"failedstarttls", BD_CLASS_BLOCK, "7.10"}, {"spamdetected", BD_CLASS_BLOCK, "7.1"},
    {"virusdetected", BD_CLASS_BLOCK, "7.1"},   {"policyviolation", BD_CLASS_BLOCK, "7.1"},
    {"securityerror", BD_CLASS_BLOCK, "7.1"},   {"rejected", BD_CLASS_BLOCK, "1.8"},
    {"norelaying", BD_CLASS_BLOCK, "7.1"},      {"toomanyconn", BD_CLASS_BLOCK, "5.3"},
    {"speeding", BD_CLASS_BLOCK, "7.1"},        {"syntaxerror", BD_CLASS_BLOCK, "5.2"},
    {"feedback", BD_CLASS_COMPLAINT, NULL},     {"vacation", BD_CLASS_AUTOREPLY, NULL},
    {"delivered", BD_CLASS_SUCCESS, "0.0"},
};

/* reason_find - the vocabulary entry of a reason word, NULL when not a reason */
static const classify_reason *
reason_find(const char *reason)
{
	if (reason == NULL)
		return NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(reasons); i++) {
		if (reasons[i].name[0] == reason[0] && strcmp(reasons[i].name, reason) == 0)
			return &reasons[i];
	}
	return NULL;
}

/* bd_reason_class - class of a reason word */
bd_class
bd_reason_class(const char *reason)
{
	const classify_reason *r = reason_find(reason);

	return r != NULL ? r->klass : BD_CLASS_UNKNOWN;
}

/*
 * Feedback types that are no complaint of the recipient.  Every other type
 * (abuse, fraud, opt-out, other, a vendor's own) is one: a feedback loop
 * reports what a recipient did, so when in doubt the address is suppressed.
 */
static const struct {
	const char *type;
	bd_class klass;
} feedback_classes[] = {
    {"auth-failure", BD_CLASS_BLOCK}, /* RFC 6591: the sender's SPF/DKIM/DMARC failed */
    {"virus", BD_CLASS_BLOCK},        /* the sender's message carried malware */
    {"not-spam", BD_CLASS_UNKNOWN},   /* the recipient wants the mail: record only */
};

/* bd_feedback_class - class of a feedback report by its type */
bd_class
bd_feedback_class(const char *feedback_type)
{
	for (gsize i = 0; feedback_type != NULL && i < G_N_ELEMENTS(feedback_classes); i++) {
		if (g_ascii_strcasecmp(feedback_classes[i].type, feedback_type) == 0)
			return feedback_classes[i].klass;
	}
	return BD_CLASS_COMPLAINT;
}

/* bd_reason_is_known - TRUE for the words of DESIGN.md §4 */
gboolean
bd_reason_is_known(const char *reason)
{
	return reason_find(reason) != NULL;
}

/* decide - record the winning rule: reason, rule id and the text it matched */
static void
decide(bd_record *rec, const char *reason, const char *rule, const char *matched)
{
	bd_set_str(&rec->reason, reason);
	bd_set_str(&rec->rule, rule);
	bd_record_explain(rec, "reason", rule, matched);
}

/* decide_code - decide with a rule id built from a prefix and a code ("status:5.1.1") */
static void
decide_code(bd_record *rec, const char *reason, const char *prefix, const char *code,
            const char *meaning)
{
	char rule[32];

	g_snprintf(rule, sizeof(rule), "%s:%s", prefix, code);
	decide(rec, reason, rule, meaning);
}

/* command_is - TRUE when the SMTP command of the record starts with the verb */
static gboolean
command_is(const bd_record *rec, const char *verb)
{
	gsize n = strlen(verb);

	return rec->smtp_command != NULL && g_ascii_strncasecmp(rec->smtp_command, verb, n) == 0 &&
	       (rec->smtp_command[n] == '\0' || rec->smtp_command[n] == ' ');
}

/* is_success - a success DSN: action delivered/relayed/expanded or a 2.x.x status */
static gboolean
is_success(const bd_record *rec)
{
	if (rec->action != NULL && (g_ascii_strcasecmp(rec->action, "delivered") == 0 ||
	                            g_ascii_strcasecmp(rec->action, "relayed") == 0 ||
	                            g_ascii_strcasecmp(rec->action, "expanded") == 0))
		return TRUE;
	if (status_code_valid(rec->status))
		return rec->status[0] == '2';
	/* a bare 2xx reply is a success unless the action says otherwise */
	return rec->action == NULL && rec->reply_code != NULL && rec->reply_code[0] == '2';
}

/* is_delay - a delay notice: the sender's MTA is still retrying */
static gboolean
is_delay(const bd_record *rec)
{
	return rec->action != NULL && g_ascii_strcasecmp(rec->action, "delayed") == 0;
}

/*
 * refine_status - prefer the code the remote server gave in its own reply
 * ("550-'5.2.2 ... Mailbox Full") over a catch-all Status field (5.0.0,
 * sendmail's 4.4.7) or one whose class contradicts the reply code.
 */
static void
refine_status(bd_record *rec)
{
	char found[16];
	const char *st = rec->status;
	gboolean generic, contradicts;

	if (rec->diagnostic == NULL ||
	    !status_find_code(rec->diagnostic, strlen(rec->diagnostic), found, sizeof(found)))
		return;
	if (found[0] == '2' && !is_success(rec))
		return;
	/* a delay is temporary: a permanent code in its text is a relayed server's, quoted */
	if (found[0] == '5' && g_strcmp0(rec->action, "delayed") == 0 && status_code_valid(st) &&
	    st[0] == '4')
		return;
	if (!status_code_valid(st)) {
		bd_set_str(&rec->status, found);
		return;
	}
	if (strcmp(st, found) == 0)
		return;
	/* 4.4.7 says only that the queue gave up (Sendmail's catch-all, Exchange's
	 * QUEUE.Expired): the last attempt's status it quotes ("[… 421 4.4.2 …]") is the
	 * cause, as the reference labels read it */
	generic = strcmp(st + 1, ".0.0") == 0 || strcmp(st, "4.4.7") == 0;
	contradicts = st[0] != found[0];
	if (generic || contradicts)
		bd_set_str(&rec->status, found);
}

/*
 * is_delay_warning - a record without an Action that is still a delay notice:
 * a Will-Retry-Until date (RFC 3464 gives it only for delays), or a
 * temporary (4.x.x) failure whose text says the sender keeps retrying.
 */
static gboolean
is_delay_warning(const bd_record *rec, char digit, const char *text)
{
	if (rec->action != NULL && rec->action[0] != '\0')
		return FALSE;
	if (rec->will_retry_until != NULL)
		return TRUE;
	/* the phrases are the scrapers' delay rows too (delay_phrases.c) */
	return digit == '4' && delay_phrase_in(text);
}

/*
 * Wordings that say the last attempt failed temporarily even though the
 * message came back, so a record without a code is a 4.x.x: Exim gives up
 * with "retry timeout exceeded" or "all hosts … have been failing for a long
 * time" ("retry time not reached … after a long failure period") only after
 * temporary errors (a permanent one fails at once); Sendmail returns a
 * message that "could not be delivered for 5 days" after "Deferred:"
 * attempts; Postfix's session that timed out or broke ("conversation with x
 * timed out while …", "lost connection with x while …") is a temporary
 * failure (4.4.2 in its DSN), returned only when the queue lifetime runs out;
 * Exchange's Internet Mail Service ends its retries with "Retry timer expired".  A bare "Connection
 * timed out" is not enough: a provider's own notice (SendGrid) reports it as the permanent end of
 * its tries.  Phrases of the normalized (lower-case) text.
 */
static const char *const temporary_wordings[] = {
    "retry timeout exceeded",
    "have been failing for a long time",
    "after a long failure period",
    /* engine13: the same without its tail, "retry time not reached for any host for 'x'":
     * every host is waiting out the retry time of a temporary error */
    "retry time not reached for any host",
    "could not be delivered for",
    "deferred:",
    "timed out while",
    "lost connection with",
    /* rarefam2: Exchange 5.5/2000's IMS, "Retry timer expired": it retries temporary errors
     * only */
    "retry timer expired",
};

/* class_digit - '2', '4' or '5': what the record (and its text) says about permanence */
static char
class_digit(const bd_record *rec, const char *text)
{
	if (status_code_valid(rec->status))
		return rec->status[0];
	/* a failure never takes its class from a 2xx "reply" (often a number misread as one) */
	if (rec->reply_code != NULL && (rec->reply_code[0] == '4' || rec->reply_code[0] == '5'))
		return rec->reply_code[0];
	if (is_delay(rec))
		return '4';
	for (gsize i = 0; i < G_N_ELEMENTS(temporary_wordings); i++) {
		if (strstr(text, temporary_wordings[i]) != NULL)
			return '4';
	}
	return '5';
}

/* Which step of DESIGN.md §4 decided: later adjustments only touch the weaker ones. */
typedef enum classify_step {
	STEP_SPECIFIC_TEXT,
	STEP_STRONG_STATUS,
	STEP_GENERIC_TEXT,
	STEP_CATEGORY,
	STEP_WEAK_STATUS,
	STEP_REPLY,
	STEP_FALLBACK,
} classify_step;

/*
 * Families whose bounces always mean one thing even when the wording is in a
 * language the tables do not know (Google Groups writes in the reader's).
 */
static const struct {
	const char *mta;
	const char *reason;
} mta_defaults[] = {
    {"googlegroups", "rejected"},
};

/*
 * Step 1 for a family's own words: a mail server that holds the mailboxes
 * and writes its bounce itself (not quoting another server's reply) knows
 * its users, so its "unknown user" is proof without a code or a stage.
 */
static const struct {
	const char *mta;
	const char *phrase; /* lower case, in the normalized diagnostic */
	const char *reason;
	const char *rule;
} mta_wordings[] = {
    /* IMail: "Unknown user: a@example.com" */
    {"imailserver", "unknown user:", "userunknown", "mta:imailserver-unknown-user"},
    /* Verizon's MMS gateway: "Error: No valid recipients for this MM" */
    {"verizon", "no valid recipients", "userunknown", "mta:verizon-no-valid-recipients"},
    /* the same gateway in SMTP words: "Error: 550 - Requested action not taken: no such user here"
     */
    {"verizon", "no such user", "userunknown", "mta:verizon-no-such-user"},
    /* rarefam: the SMS gateway's own "Error: Invalid number." / "Invalid recipient": the
     * number is no Verizon subscriber's (the family's own words, not a remote reply) */
    {"verizon", "invalid number", "userunknown", "mta:verizon-invalid-number"},
    {"verizon", "invalid recipient", "userunknown", "mta:verizon-invalid-number.recipient"},
    /* heldout16: Exim's own router verdict on a local part that has no mailbox, forwarder or
     * alias (cPanel's ":fail: No Such User Here"), the whole diagnostic of its own bounce; a
     * remote reply quoting the words carries a code and stays with the generic reading */
    {"exim", "^no such user here$", "userunknown", "mta:exim-no-such-user-here"},
    /* smail 3's verdict on a local address: " <a@b> ... unknown user" */
    {"smail", "^unknown user", "userunknown", "mta:smail-unknown-user"},
    /* Postfix local(8) found no such local user: '<a@b>: unknown user: "a"' */
    {"postfix", "^unknown user: \"", "userunknown", "mta:postfix-local-unknown-user"},
    /* Postfix local(8)/pipe(8) name a delivery command's exit status in the words of
     * sysexits.h (its sys_exits table): the local mailer failed, not the mailbox */
    {"postfix", "^temporary failure$", "mailererror", "mta:postfix-exit-status"},
    {"postfix", "^command line usage error$", "mailererror", "mta:postfix-exit-status"},
    {"postfix", "^internal software error$", "mailererror", "mta:postfix-exit-status"},
    {"postfix", "^system resource problem$", "mailererror", "mta:postfix-exit-status"},
    {"postfix", "^critical os file missing$", "mailererror", "mta:postfix-exit-status"},
    {"postfix", "^remote error in protocol$", "mailererror", "mta:postfix-exit-status"},
};

/*
 * wording_matches - phrase occurs in text; a leading '^' ties it to the
 * start of the text, a trailing '$' to its end (the whole diagnostic is
 * then the family's own sentence, not a remote server's reply quoting it)
 */
static gboolean
wording_matches(const char *text, const char *phrase)
{
	gboolean start = phrase[0] == '^';
	gsize n = strlen(phrase) - (start ? 1 : 0);
	gboolean end = n > 0 && phrase[strlen(phrase) - 1] == '$';
	const char *p = phrase + (start ? 1 : 0);
	gsize tl = strlen(text);

	while (tl > 0 && (text[tl - 1] == ' ' || text[tl - 1] == '.'))
		tl--; /* "temporary failure." ends where its words end */
	if (end)
		n--;
	if (start && end)
		return tl == n && strncmp(text, p, n) == 0;
	if (start)
		return strncmp(text, p, n) == 0;
	if (end)
		return tl >= n && strncmp(text + tl - n, p, n) == 0;
	return strstr(text, p) != NULL;
}

/* decide_mta_wording - TRUE when the family's own wording decided the reason */
static gboolean
decide_mta_wording(bd_record *rec, const char *mta, const char *text)
{
	for (gsize i = 0; mta != NULL && i < G_N_ELEMENTS(mta_wordings); i++) {
		if (mta[0] == mta_wordings[i].mta[0] && strcmp(mta, mta_wordings[i].mta) == 0 &&
		    wording_matches(text, mta_wordings[i].phrase)) {
			decide(rec, mta_wordings[i].reason, mta_wordings[i].rule,
			       mta_wordings[i].phrase);
			return TRUE;
		}
	}
	return FALSE;
}

/*
 * The words of sysexits.h that Sendmail and Postfix print for a local delivery program's
 * exit status ("X-Unix; Service unavailable" for EX_UNAVAILABLE, "permission denied" for
 * EX_NOPERM): under an x-unix Diagnostic-Code and as the whole diagnostic, the program
 * failed, whichever MTA wrote it.  EX_NOUSER's and EX_NOHOST's words name a cause of their
 * own and are left to the tables.
 */
static const char *const exit_status_words[] = {
    "service unavailable",
    "temporary failure",
    "internal software error",
    "command line usage error",
    "data format error",
    "cannot open input",
    "system resource problem",
    "critical os file missing",
    "can't create output",
    "cannot create output",
    "can't create user output file",
    "input/output error",
    "remote error in protocol",
    "permission denied",
    "local configuration error",
};

/* decide_exit_words - TRUE when an x-unix diagnostic is only a sysexits.h phrase */
static gboolean
decide_exit_words(bd_record *rec, const char *text, gsize len)
{
	if (rec->diagnostic_type == NULL || g_ascii_strcasecmp(rec->diagnostic_type, "x-unix") != 0)
		return FALSE;
	while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == '.'))
		len--; /* "Service unavailable." ends where its words end */
	for (gsize i = 0; i < G_N_ELEMENTS(exit_status_words); i++) {
		if (strlen(exit_status_words[i]) == len &&
		    strncmp(text, exit_status_words[i], len) == 0) {
			decide(rec, "mailererror", "type:x-unix-exit-words", exit_status_words[i]);
			return TRUE;
		}
	}
	return FALSE;
}

/*
 * recipient_refused - the reply names the recipient's own address and says
 * it was rejected ("542 a@example.com Rejected", "550 <a@example.com>:
 * rejected"): the server refused that mailbox, with no other reason given
 */
static gboolean
recipient_refused(const bd_record *rec, const char *text)
{
	char *addr;
	const char *at;
	gsize n;
	gboolean refused = FALSE;

	if (rec->recipient == NULL || rec->recipient[0] == '\0')
		return FALSE;
	addr = ascii_strdown(rec->recipient, -1); /* the text is lower-cased too */
	n = strlen(addr);
	/* nonbounce3: "the moderators of <list> rejected your message": what rejected is the
	 * list's moderators or owner, named before the address by "of" */
	if ((at = strstr(text, addr)) != NULL &&
	    !(at - text >= 3 && memcmp(at - 3, "of ", 3) == 0) &&
	    !(at - text >= 4 && memcmp(at - 4, "of <", 4) == 0)) {
		for (at += n; *at == '>' || *at == ':' || *at == '.' || *at == ' '; at++)
			;
		if (g_str_has_prefix(at, "recipient "))
			at += strlen("recipient ");
		refused = g_str_has_prefix(at, "rejected") &&
		          (at[8] == '\0' || at[8] == ' ' || at[8] == '.' || at[8] == ';');
	}
	g_free(addr);
	return refused;
}

/*
 * A reporting MTA's own category of the failure (bd_record.bounce_category):
 * PowerMTA files every bounce under one of its bounce categories, by
 * patterns over the same reply.  It is the provider's hint, read after the
 * reply's own words and a code that names one cause, before a broad code or
 * the bare reply code.  "other" and categories not listed decide nothing.
 */
static const struct {
	const char *category;
	const char *reason;
} bounce_categories[] = {
    {"powermta:bad-mailbox", "userunknown"},
    {"powermta:bad-domain", "hostunknown"},
    {"powermta:inactive-mailbox", "suspend"},
    {"powermta:quota-issues", "mailboxfull"},
    {"powermta:message-expired", "expired"},
    {"powermta:no-answer-from-host", "networkerror"},
    {"powermta:bad-connection", "networkerror"},
    {"powermta:routing-errors", "systemerror"},
    {"powermta:bad-configuration", "systemerror"},
    {"powermta:spam-related", "spamdetected"},
    {"powermta:virus-related", "virusdetected"},
    {"powermta:content-related", "contenterror"},
    {"powermta:policy-related", "policyviolation"},
    {"powermta:relaying-issues", "norelaying"},
    {"powermta:protocol-errors", "syntaxerror"},
    {"powermta:invalid-sender", "rejected"},
};

/* decide_category - TRUE when the reporting MTA's category of the failure decided */
static gboolean
decide_category(bd_record *rec)
{
	char rule[96];

	for (gsize i = 0; rec->bounce_category != NULL && i < G_N_ELEMENTS(bounce_categories);
	     i++) {
		if (strcmp(rec->bounce_category, bounce_categories[i].category) == 0) {
			g_snprintf(rule, sizeof(rule), "category:%s", rec->bounce_category);
			decide(rec, bounce_categories[i].reason, rule, rec->bounce_category);
			return TRUE;
		}
	}
	return FALSE;
}

/* host_char - TRUE for a byte that continues a host name's label */
static gboolean
host_char(char c)
{
	return g_ascii_isalnum(c) || c == '-';
}

/*
 * mask_recipient_hosts - blank, in place, the recipient's domain (lower-cased) where it ends a
 * host name in buf ("mx.dormant-shop.example[192.0.2.1]"): a host under the recipient's domain
 * is a name too, its words ("dormant", "spam") no cause (family19); TRUE when one was blanked
 */
static gboolean
mask_recipient_hosts(char *buf, const char *domain)
{
	gsize n = strlen(domain);
	gboolean any = FALSE;
	char *at;

	if (n < 4 || strchr(domain, '.') == NULL)
		return FALSE;
	for (at = strstr(buf, domain); at != NULL; at = strstr(at + n, domain)) {
		const char *end = at + n;

		/* only a host name's tail: "mx.<domain>", the domain itself is no label of a longer
		 * one ("<domain>.evil.example", "<domain>-cdn") */
		if (at == buf || at[-1] != '.' || host_char(*end) ||
		    (*end == '.' && host_char(end[1])))
			continue;
		memset(at, ' ', n);
		any = TRUE;
	}
	return any;
}

/*
 * mask_recipient - blank, in place, every copy of the record's own address in buf (lower-cased
 * text): the address is a name, not wording, so a domain such as "dialup.example" or a local
 * part such as "spam-reports" says nothing about the refusal; TRUE when one was blanked
 */
static gboolean
mask_recipient(const bd_record *rec, char *buf)
{
	char *addr, *at;
	gsize n;
	gboolean any = FALSE;

	if (rec->recipient == NULL || strchr(rec->recipient, '@') == NULL)
		return FALSE;
	addr = ascii_strdown(rec->recipient, -1); /* the text is lower-cased too */
	n = strlen(addr);
	for (at = strstr(buf, addr); at != NULL; at = strstr(at + n, addr)) {
		memset(at, ' ', n);
		any = TRUE;
	}
	g_free(addr);
	return any;
}

/*
 * match_generic_hostless - read the generic table again with the recipient's host names blanked
 * (mask_recipient_hosts): a broad word in "mx.dormant-shop.example" is no cause.  The specific
 * table keeps them: a provider's row may name its own hosts ("comcast" … "#rl0").
 */
static void
match_generic_hostless(const bd_record *rec, const char *text, gsize len,
                       classify_text_result *match)
{
	const char *at;
	char *copy, *domain;
	classify_text_result plain = {{NULL}};

	if (rec->recipient == NULL || (at = strchr(rec->recipient, '@')) == NULL)
		return;
	domain = ascii_strdown(at + 1, -1);
	copy = g_strndup(text, len);
	if (mask_recipient_hosts(copy, domain)) {
		classify_text_match(copy, len, &plain);
		match->rule[CLASSIFY_GENERIC] = plain.rule[CLASSIFY_GENERIC];
	}
	g_free(copy);
	g_free(domain);
}

/*
 * decide_context_piece - classify one piece of context (text printed outside
 * the recipient's own diagnostic, rec->context); TRUE when a text rule decided
 */
static gboolean
decide_context_piece(bd_record *rec, const char *origin, gsize origin_len, const char *piece,
                     gsize piece_len, classify_step *step_r)
{
	char *src = g_strndup(piece, piece_len);
	char raw[CLASSIFY_TEXT_MAX + 1], text[CLASSIFY_TEXT_MAX + 1], id[128];
	classify_text_result match = {{NULL}};
	const classify_rule *rule;
	gsize len = classify_text_normalize(src, raw, sizeof(raw));

	g_free(src);
	if (len == 0)
		return FALSE;
	/* a footer, a help link or a notice's own formula ("this is an automatically generated
	 * message") is never the cause */
	classify_text_mask(raw, len, text);
	classify_text_mask_links(text, len);
	/* "RCPT TO:<bert@dialup.example>" above the reply names the recipient, not a cause */
	mask_recipient(rec, text);
	classify_text_match(text, len, &match);
	match_generic_hostless(rec, text, len, &match);
	rule = match.rule[CLASSIFY_SPECIFIC];
	*step_r = STEP_SPECIFIC_TEXT;
	if (rule == NULL) {
		rule = match.rule[CLASSIFY_GENERIC];
		*step_r = STEP_GENERIC_TEXT;
	}
	if (rule == NULL)
		return FALSE;
	g_snprintf(id, sizeof(id), "context:%.*s:text:%s", (int)MIN(origin_len, 32), origin,
	           rule->id);
	decide(rec, rule->reason, id, rule->pat[0]);
	return TRUE;
}

/*
 * decide_context - the recipient's own diagnostic named no cause that the
 * text rules know: the pieces of text the scrapers found around it (the
 * lines above its reply, the heading of its list, the notice's sentence
 * before the first recipient), nearest first; TRUE when one decided
 */
static gboolean
decide_context(bd_record *rec, classify_step *step_r)
{
	const char *p = rec->context;

	while (p != NULL && *p != '\0') {
		const char *nl = strchr(p, '\n'), *tab;
		gsize n = nl ? (gsize)(nl - p) : strlen(p);

		tab = memchr(p, '\t', n);
		if (tab != NULL && decide_context_piece(rec, p, (gsize)(tab - p), tab + 1,
		                                        n - (gsize)(tab - p) - 1, step_r))
			return TRUE;
		p = nl ? nl + 1 : NULL;
	}
	return FALSE;
}

/* two_dots - does text[0..len) hold two dots at least (a host name's least)? */
static gboolean
two_dots(const char *text, gsize len)
{
	const char *dot = memchr(text, '.', len);

	return dot != NULL && memchr(dot + 1, '.', len - (gsize)(dot + 1 - text)) != NULL;
}

/*
 * unmatch_host_words - a rule that holds only because one of its phrases occurs inside a
 * host name ("550 5.1.1 User unknown [mx.antispam.dest.example]": "spam", "relayed by
 * virusgate.isp.example": "virus") names no cause: its table is read again with the host
 * names blanked.  A phrase with a dot names a host on purpose and stands.
 */
static void
unmatch_host_words(const char *text, gsize len, classify_text_result *match)
{
	gboolean redo[CLASSIFY_N_TABLES] = {FALSE}, any = FALSE;
	guint16 *ids;

	if ((match->rule[CLASSIFY_SPECIFIC] == NULL && match->rule[CLASSIFY_GENERIC] == NULL) ||
	    !two_dots(text, len))
		return;
	ids = g_new(guint16, len);
	if (host_names_mark(text, len, ids) > 0) {
		for (guint t = 0; t < CLASSIFY_N_TABLES; t++) {
			const classify_rule *rule = match->rule[t];

			for (guint k = 0; rule != NULL && k < CLASSIFY_RULE_PATTERNS && !redo[t];
			     k++)
				redo[t] = rule->pat[k] != NULL &&
				          host_names_only(text, len, ids,
				                          classify_text_fold_phrase(rule->pat[k]));
			any |= redo[t];
		}
	}
	if (any) {
		char *blanked = g_strndup(text, len);
		classify_text_result plain = {{NULL}};

		host_names_blank(blanked, len, ids);
		classify_text_match(blanked, len, &plain);
		for (guint t = 0; t < CLASSIFY_N_TABLES; t++)
			if (redo[t])
				match->rule[t] = plain.rule[t];
		g_free(blanked);
	}
	g_free(ids);
}

/*
 * match_tag_words - paraphrase23: a machine tag as a gateway, an API or an ESP prints its
 * verdict ("InboxFull", "DomainNotFound", "reason: mailbox-full", "reason=account-suspended")
 * read as words, when the text as written named nothing either table knows: a capital after a
 * lower-case letter starts a word and a '-' or '_' between two letters or digits is a space,
 * except in a word that is an address, a host or a path (it holds '@', '/' or a '.' before a
 * letter or digit).  Both tables read it; the text read is the diagnostic alone, masked as the
 * first reading was.
 */
static void
match_tag_words(const bd_record *rec, classify_text_result *match)
{
	const char *src = rec->diagnostic;
	GString *split;
	char raw[CLASSIFY_TEXT_MAX + 1], text[CLASSIFY_TEXT_MAX + 1];
	gboolean changed = FALSE;
	classify_text_result words = {{NULL}};
	gsize len;

	if (src == NULL || *src == '\0')
		return;
	split = g_string_sized_new(strlen(src) + 16);
	for (const char *p = src; *p != '\0' && split->len < CLASSIFY_TEXT_MAX;) {
		gsize n = strcspn(p, " \t\r\n");
		gboolean name = FALSE;

		/* a word that is an address, a host or a path stays as written: the local part
		 * "this-local-part-does-not-exist@b" or a host "no-such-user.example" is no verdict
		 */
		for (gsize i = 0; i < n && !name; i++)
			name = p[i] == '@' || p[i] == '/' ||
			       (p[i] == '.' && i + 1 < n && g_ascii_isalnum(p[i + 1]));
		for (gsize i = 0; i < n; i++) {
			if (!name && i > 0 && g_ascii_isupper(p[i]) && g_ascii_islower(p[i - 1])) {
				g_string_append_c(split, ' ');
				changed = TRUE;
			}
			if (!name && (p[i] == '-' || p[i] == '_') && i > 0 && i + 1 < n &&
			    g_ascii_isalnum(p[i - 1]) && g_ascii_isalnum(p[i + 1])) {
				g_string_append_c(split, ' ');
				changed = TRUE;
				continue;
			}
			g_string_append_c(split, p[i]);
		}
		p += n;
		if (*p != '\0')
			g_string_append_c(split, *p++);
	}
	if (!changed) {
		g_string_free(split, TRUE);
		return;
	}
	len = classify_text_normalize(split->str, raw, sizeof(raw));
	g_string_free(split, TRUE);
	if (len == 0)
		return;
	classify_text_mask(raw, len, text);
	classify_text_mask_links(text, len);
	mask_recipient(rec, text);
	classify_text_match(text, len, &words);
	match_generic_hostless(rec, text, len, &words);
	match->rule[CLASSIFY_SPECIFIC] = words.rule[CLASSIFY_SPECIFIC];
	match->rule[CLASSIFY_GENERIC] = words.rule[CLASSIFY_GENERIC];
}

/*
 * link_path_rule - paraphrase25: when the specific row of match holds only through the path,
 * query or fragment of a link (a help page "…/blocked-spam-quota-errors", "?p=DmarcRejection",
 * "#bl000000"), take it out of match and return it: it names the help page, so it still
 * decides, but after a code that names one cause.  A link's host stays a name ("spamcop.net",
 * "postmaster.facebook.com"), as for the host names of unmatch_host_words.
 */
static const classify_rule *
link_path_rule(const char *text, gsize len, classify_text_result *match)
{
	char *hosts = g_strndup(text, len);
	classify_text_result kept = {{NULL}};
	const classify_rule *rule = NULL;

	classify_text_mask_link_paths(hosts, len);
	classify_text_match(hosts, len, &kept);
	if (kept.rule[CLASSIFY_SPECIFIC] == NULL) {
		rule = match->rule[CLASSIFY_SPECIFIC];
		match->rule[CLASSIFY_SPECIFIC] = NULL;
	}
	g_free(hosts);
	return rule;
}

/* decide_reason - steps 1 to 5 of DESIGN.md §4; returns the step that decided */
static classify_step
decide_reason(bd_record *rec, const char *mta, const char *text_in, gsize len)
{
	const status_code *code = status_code_lookup(rec->status);
	const status_reply *reply = status_reply_lookup(rec->reply_code);
	classify_text_result match = {{NULL}};
	const classify_rule *rule;
	const classify_rule *link_rule = NULL; /* a specific row found only inside a link */
	classify_step step;
	char id[96];
	char unnamed[CLASSIFY_TEXT_MAX + 1];
	const char *text = text_in;

	/* the text tables read the diagnostic with the recipient's own address blanked; the
	 * family wordings and the recipient-named refusal below still see it */
	if (len > 0 && len <= CLASSIFY_TEXT_MAX) {
		memcpy(unnamed, text_in, len);
		unnamed[len] = '\0';
		if (mask_recipient(rec, unnamed))
			text = unnamed;
	}
	if (len > 0) {
		classify_text_match(text, len, &match);
		match_generic_hostless(rec, text, len, &match);
	}
	if (len > 0 && (strstr(text, "://") != NULL || memchr(text, '_', len) != NULL)) {
		/* the generic table's broad words ("policy", "blocked") in a help link's
		 * path say nothing about this refusal; an appliance's log value
		 * ("reason=mailbox_quota_exceeded") is read as words, by the specific
		 * table only when the text as written named nothing it knows (vendor
		 * tokens such as "ofr_999" keep their underscore) */
		char *nolinks = g_strndup(text, len);
		classify_text_result plain;
		gboolean masked = classify_text_mask_links(nolinks, len);
		gboolean words = classify_text_underscores(nolinks, len);

		if (masked || words) {
			classify_text_match(nolinks, len, &plain);
			match_generic_hostless(rec, nolinks, len, &plain);
			match.rule[CLASSIFY_GENERIC] = plain.rule[CLASSIFY_GENERIC];
			if (masked && match.rule[CLASSIFY_SPECIFIC] != NULL &&
			    plain.rule[CLASSIFY_SPECIFIC] == NULL)
				link_rule = link_path_rule(text, len, &match);
			/* the specific table reads a log value as words only when the text as
			 * written named nothing it knows */
			if (words && match.rule[CLASSIFY_SPECIFIC] == NULL)
				match.rule[CLASSIFY_SPECIFIC] = plain.rule[CLASSIFY_SPECIFIC];
		}
		g_free(nolinks);
	}
	if (len > 0 && match.rule[CLASSIFY_SPECIFIC] == NULL &&
	    match.rule[CLASSIFY_GENERIC] == NULL && link_rule == NULL)
		match_tag_words(rec, &match);
	if (len > 0)
		unmatch_host_words(text, len, &match);

	rule = match.rule[CLASSIFY_SPECIFIC];
	if (len > 0 && decide_mta_wording(rec, mta, text_in))
		return STEP_SPECIFIC_TEXT;
	if (len > 0 && decide_exit_words(rec, text, len))
		return STEP_SPECIFIC_TEXT;
	if (rule != NULL) {
		g_snprintf(id, sizeof(id), "text:%s", rule->id);
		decide(rec, rule->reason, id, rule->pat[0]);
		return STEP_SPECIFIC_TEXT;
	}
	if (len > 0 && recipient_refused(rec, text_in)) {
		decide(rec, "userunknown", "text:recipient-named-rejected", rec->recipient);
		return STEP_SPECIFIC_TEXT;
	}
	if (code != NULL && code->reason != NULL && code->strength == STATUS_STRONG) {
		decide_code(rec, code->reason, "status", rec->status, code->meaning);
		return STEP_STRONG_STATUS;
	}
	if (link_rule != NULL) {
		g_snprintf(id, sizeof(id), "text:%s", link_rule->id);
		decide(rec, link_rule->reason, id, link_rule->pat[0]);
		return STEP_SPECIFIC_TEXT;
	}
	rule = match.rule[CLASSIFY_GENERIC];
	if (rule != NULL) {
		g_snprintf(id, sizeof(id), "text:%s", rule->id);
		decide(rec, rule->reason, id, rule->pat[0]);
		return STEP_GENERIC_TEXT;
	}
	if (rec->diagnostic_type != NULL && strcmp(rec->diagnostic_type, "x-unix") == 0 &&
	    rec->diagnostic != NULL && strspn(rec->diagnostic, "0123456789 ") == 0) {
		/* "x-unix; temporary failure": a local delivery program's own complaint */
		decide(rec, "mailererror", "type:x-unix", rec->diagnostic);
		return STEP_GENERIC_TEXT;
	}
	if (decide_category(rec))
		return STEP_CATEGORY;
	/* the text around the diagnostic, before a code that names no one cause decides */
	if (decide_context(rec, &step))
		return step;
	if (code != NULL && code->reason != NULL) {
		decide_code(rec, code->reason, "status", rec->status, code->meaning);
		return STEP_WEAK_STATUS;
	}
	if (len > 0 && strspn(text, "0123456789") == len &&
	    !(len == 3 && (text[0] == '4' || text[0] == '5'))) {
		/* "X-Unix; 255": only the exit status of a local delivery program */
		decide(rec, "mailererror", "text:exit-status", text);
		return STEP_GENERIC_TEXT;
	}
	if (reply != NULL && reply->reason != NULL) {
		decide_code(rec, reply->reason, "reply", rec->reply_code, reply->meaning);
		return STEP_REPLY;
	}
	for (gsize i = 0; mta != NULL && i < G_N_ELEMENTS(mta_defaults); i++) {
		if (strcmp(mta, mta_defaults[i].mta) == 0) {
			decide_code(rec, mta_defaults[i].reason, "mta", mta, "family default");
			return STEP_FALLBACK;
		}
	}
	if (code != NULL || reply != NULL || len > 0)
		decide(rec, "onhold", "fallback:onhold", "no rule matched");
	else
		decide(rec, "undefined", "fallback:undefined", "nothing to classify");
	return STEP_FALLBACK;
}

/* domain_is - TRUE when host is domain or one of its subdomains (case-insensitive) */
static gboolean
domain_is(const char *host, const char *domain)
{
	gsize h, d = strlen(domain);

	if (host == NULL)
		return FALSE;
	h = strlen(host);
	if (h > 0 && host[h - 1] == '.')
		h--; /* "mx.example.jp." */
	if (h < d || g_ascii_strncasecmp(host + h - d, domain, d) != 0)
		return FALSE;
	return h == d || host[h - d - 1] == '.';
}

/* names_address_at - TRUE when text names an address in exactly that domain ("a@domain"
 * followed by no further domain character), as a reply quoting the refused address does */
static gboolean
names_address_at(const char *text, const char *domain)
{
	gsize n = strlen(domain);

	if (text == NULL)
		return FALSE;
	for (const char *p = strchr(text, '@'); p != NULL; p = strchr(p + 1, '@')) {
		char c;

		/* the byte after the domain only once the domain is there: a shorter tail ends
		 * the text before it */
		if (g_ascii_strncasecmp(p + 1, domain, n) != 0)
			continue;
		c = p[1 + n];
		if (!g_ascii_isalnum(c) && c != '-' && !(c == '.' && g_ascii_isalnum(p[2 + n])))
			return TRUE;
	}
	return FALSE;
}

/* record_at - TRUE when the recipient's domain or the refusing host is in the domain, or
 * (rhost6) the reply names an address there: a classifier-only record carries only the text */
static gboolean
record_at(const bd_record *rec, const char *domain)
{
	const char *at = rec->recipient != NULL ? strrchr(rec->recipient, '@') : NULL;

	return (at != NULL && domain_is(at + 1, domain)) || domain_is(rec->remote_mta, domain) ||
	       names_address_at(rec->diagnostic, domain);
}

/*
 * Providers whose "user unknown" follows a convention of their own.  au
 * (KDDI) names the address in a real refusal ("550 <a@ezweb.ne.jp>: User
 * unknown") and leaves it empty when the recipient's filter refused ("550 :
 * User unknown", a specific row), whatever the stage.  NTT docomo answers
 * "550 Unknown user" (or "Mail is rejected by recipients") after DATA, with
 * no enhanced code, when the recipient's reception settings refuse the
 * sender's domain: the sender is refused, not the address.  Under a code
 * that says more (5.2.0: the mailbox exists) the code's reading stands.
 */
static const struct {
	const char *domain;
	const char *command; /* the stage the convention applies to, NULL: any */
	const char *from;    /* the generic reasons it overrides, space-separated */
	gboolean bare_code;  /* only with no enhanced code, or an x.0.0 one */
	const char *reason;
	const char *rule;
} provider_userunknown[] = {
    {"ezweb.ne.jp", NULL, "userunknown", FALSE, "userunknown", "provider:au-userunknown"},
    {"au.com", NULL, "userunknown", FALSE, "userunknown", "provider:au-userunknown"},
    {"docomo.ne.jp", "DATA", "userunknown filtered", TRUE, "rejected",
     "provider:docomo-data-refusal"},
};

/* status_says_nothing - no enhanced code, or one whose detail is undefined (x.0.0) */
static gboolean
status_says_nothing(const char *status)
{
	return !status_code_valid(status) || strcmp(status + 1, ".0.0") == 0;
}

/* word_in - TRUE when word is one of the space-separated words of list */
static gboolean
word_in(const char *word, const char *list)
{
	gsize n = strlen(word);

	for (const char *p = strstr(list, word); p != NULL; p = strstr(p + 1, word))
		if ((p == list || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return TRUE;
	return FALSE;
}

/* adjust_for_provider - TRUE when a provider convention decided a generic refusal */
static gboolean
adjust_for_provider(bd_record *rec, classify_step step)
{
	if (step != STEP_GENERIC_TEXT)
		return FALSE;
	for (gsize i = 0; i < G_N_ELEMENTS(provider_userunknown); i++) {
		const char *cmd = provider_userunknown[i].command;

		if (word_in(rec->reason, provider_userunknown[i].from) &&
		    record_at(rec, provider_userunknown[i].domain) &&
		    (cmd == NULL || command_is(rec, cmd)) &&
		    (!provider_userunknown[i].bare_code || status_says_nothing(rec->status))) {
			decide(rec, provider_userunknown[i].reason, provider_userunknown[i].rule,
			       provider_userunknown[i].domain);
			return TRUE;
		}
	}
	return FALSE;
}

/*
 * adjust_for_stage - the SMTP stage changes what a refusal means.  Generic
 * "user unknown" wording is proof of a dead mailbox only as the answer to
 * RCPT TO or beside an enhanced status code that does not contradict it:
 * with neither (x.0.0 says nothing), after DATA, or under a mailbox-status
 * code (x.2.x: the mailbox exists) or a security/policy code (x.7.x) away
 * from RCPT, it is taken as a recipient-side filter (soft: repeated, it
 * still suppresses per §5).  At MAIL FROM, generic "unknown user/domain"
 * wording and refusals no text or code explains are about the sender; an
 * undecided refusal at connection time, or one only a broad policy code
 * explains, is a block; an undecided delay
 * without a reply is a message ageing in the queue.
 */
static void
adjust_for_stage(bd_record *rec, classify_step step)
{
	const char *r = rec->reason;
	gboolean undecided = strcmp(r, "onhold") == 0 || strcmp(r, "undefined") == 0;
	gboolean generic_user = strcmp(r, "userunknown") == 0 && step == STEP_GENERIC_TEXT;
	gboolean generic_hard = (step == STEP_GENERIC_TEXT || step == STEP_CATEGORY) &&
	                        bd_reason_class(r) == BD_CLASS_HARD;
	gboolean policy_code =
	    status_code_valid(rec->status) && g_str_has_prefix(rec->status + 1, ".7.");
	gboolean mailbox_code =
	    status_code_valid(rec->status) && g_str_has_prefix(rec->status + 1, ".2.");
	/* only a broad code's reading (5.7.1 "delivery not authorized": securityerror) says
	 * the refusal is about policy; at the greeting or HELO that policy is the sending host */
	gboolean broad_block = step >= STEP_WEAK_STATUS && bd_reason_class(r) == BD_CLASS_BLOCK;

	/* a defined code of the mail system (x.3.1-x.3.6) or the network (x.4.1-x.4.7) speaks
	 * of the receiving system, not the sender, at any stage ("421 4.3.2 System not
	 * accepting network messages" to MAIL FROM); x.3.0 and x.4.0 name no cause */
	gboolean system_code = step == STEP_WEAK_STATUS && status_code_valid(rec->status) &&
	                       (rec->status[2] == '3' || rec->status[2] == '4') &&
	                       rec->status[3] == '.' && strcmp(rec->status + 4, "0") != 0;

	if ((undecided || generic_hard || (step >= STEP_WEAK_STATUS && !system_code)) &&
	    command_is(rec, "MAIL"))
		decide(rec, "rejected", "stage:mail-from", rec->smtp_command);
	else if (adjust_for_provider(rec, step))
		return;
	else if (generic_user && command_is(rec, "DATA"))
		decide(rec, "filtered", "stage:data-userunknown", rec->smtp_command);
	else if (generic_user && status_says_nothing(rec->status) && !command_is(rec, "RCPT"))
		decide(rec, "filtered", "evidence:userunknown-without-code",
		       "no enhanced status code and no RCPT stage");
	else if (generic_user && mailbox_code && !command_is(rec, "RCPT"))
		decide(rec, "filtered", "status:mailbox-userunknown", rec->status);
	else if (generic_user && policy_code && !command_is(rec, "RCPT"))
		decide(rec, "filtered", "policy:userunknown", rec->status);
	else if ((undecided || broad_block) &&
	         (command_is(rec, "CONN") || command_is(rec, "HELO") || command_is(rec, "EHLO")))
		decide(rec, "blocked", "stage:connect", rec->smtp_command);
	else if (undecided && is_delay(rec) && rec->reply_code == NULL)
		/* a delay notice that names no cause and quotes no reply: the message is ageing in
		 * the queue, what the reference labels read as expired ("has been delayed") */
		decide(rec, "expired", "delay:no-cause", "delayed, no reply and no cause");
}

/*
 * Text rows whose cause has a code of its own, narrower than their reason's: a mail loop
 * (a hop count exceeded, "loops back to myself", a forwarding loop) is RFC 3463's X.4.6
 * "routing loop detected", not the X.4.0 of every other network error.  Any other text row
 * whose id holds "loop" is a loop row too (rule_detail).
 */
static const struct {
	const char *text_rule; /* the text row's id, after "text:" */
	const char *detail;
} rule_details[] = {
    {"hop-count", "4.6"},      {"loop-detected", "4.6"},   {"routing-loop", "4.6"},
    {"loops-back", "4.6"},     {"looping", "4.6"},         {"looped", "4.6"},
    {"mail-loop", "4.6"},      {"forwarding-loop", "4.6"}, {"delivery-loop", "4.6"},
    {"suspected-loop", "4.6"}, {"too-many-hops", "4.6"},
};

/* rule_detail - the code of the text row that decided the reason, NULL when it has none */
static const char *
rule_detail(const char *rule)
{
	const char *id = rule != NULL ? g_strrstr(rule, "text:") : NULL;

	if (id == NULL)
		return NULL;
	id += strlen("text:");
	for (gsize i = 0; i < G_N_ELEMENTS(rule_details); i++) {
		if (strcmp(rule_details[i].text_rule, id) == 0)
			return rule_details[i].detail;
	}
	/* the loop rows of other languages ("de-mailschleife-loop", "ja-forwarding-loop") say
	 * so in their id */
	if (strstr(id, "loop") != NULL)
		return "4.6";
	return NULL;
}

/* infer_status - a status for a record that carried none: class digit plus the reason's code
 * (or the code of the text row that decided it, rule_details) */
static void
infer_status(bd_record *rec, char digit)
{
	const classify_reason *r = reason_find(rec->reason);
	const char *detail = rule_detail(rec->rule);
	char buf[16];

	if (status_code_valid(rec->status))
		return;
	if (digit == '2' || r == NULL || r->detail == NULL)
		g_snprintf(buf, sizeof(buf), "%c.0.0", digit);
	else
		g_snprintf(buf, sizeof(buf), "%c.%s", digit, detail != NULL ? detail : r->detail);
	bd_set_str(&rec->status, buf);
	bd_record_explain(rec, "status", "inferred", buf);
}

/* bd_classify_record - reason, class, hard_bounce and rule of one record */
void
bd_classify_record(bd_record *rec, const char *mta)
{
	char raw[CLASSIFY_TEXT_MAX + 1], text[CLASSIFY_TEXT_MAX + 1];
	gsize len;
	char digit;

	if (rec->reason != NULL &&
	    (strcmp(rec->reason, "feedback") == 0 || strcmp(rec->reason, "vacation") == 0)) {
		rec->klass = rec->reason[0] == 'f' ? bd_feedback_class(rec->feedback_type)
		                                   : bd_reason_class(rec->reason);
		rec->hard_bounce = FALSE;
		if (rec->rule == NULL)
			bd_set_str(&rec->rule,
			           rec->reason[0] == 'f' ? "kind:arf" : "kind:autoreply");
		return;
	}
	refine_status(rec);
	if (is_success(rec)) {
		decide(rec, "delivered", "action:delivered",
		       rec->action ? rec->action : rec->status);
		rec->klass = BD_CLASS_SUCCESS;
		rec->hard_bounce = FALSE;
		infer_status(rec, '2');
		return;
	}
	if (rec->feedback_type != NULL && rec->reason == NULL) {
		/* a complaint the parser found without naming it (e.g. an SES notification) */
		decide(rec, "feedback", "feedback:type", rec->feedback_type);
		rec->klass = bd_feedback_class(rec->feedback_type);
		rec->hard_bounce = FALSE;
		return;
	}
	if (rec->status_comment != NULL) {
		/* "Status: 5.2.1 (mailbox disabled, not accepting messages)": the reporter's words
		 */
		char *both = g_strconcat(rec->diagnostic ? rec->diagnostic : "", " (",
		                         rec->status_comment, ")", NULL);

		len = classify_text_normalize(both, raw, sizeof(raw));
		g_free(both);
	} else {
		len = classify_text_normalize(rec->diagnostic, raw, sizeof(raw));
	}
	/* a footer ("Privacy Policy") or a help link is never the cause */
	classify_text_mask(raw, len, text);
	adjust_for_stage(rec, decide_reason(rec, mta, text, len));

	digit = class_digit(rec, text);
	infer_status(rec, digit);
	rec->klass = bd_reason_class(rec->reason);
	if (strcmp(rec->reason, "notaccept") == 0 && digit == '4')
		rec->klass = BD_CLASS_SOFT;
	rec->hard_bounce = rec->klass == BD_CLASS_HARD;
	if (is_delay(rec) || is_delay_warning(rec, digit, text)) {
		rec->klass = BD_CLASS_DELAY;
		rec->hard_bounce = FALSE;
	}
}
