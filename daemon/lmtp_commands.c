/* lmtp_commands.c - the LMTP command table and one handler per verb (RFC 2033, RFC 5321) */
#include "lmtp_session.h"
#include "log.h"

#include <string.h>

#define ST(x) (1u << LMTP_STATE_##x)
#define ST_COMMAND (ST(CONNECTED) | ST(READY) | ST(MAIL) | ST(RCPT))

typedef struct lmtp_command_def {
	const char *verb;
	unsigned states; /* where the verb is allowed; elsewhere 503 5.5.1 */
	void (*handler)(lmtp_session *s, char *args);
} lmtp_command_def;

/* lmtp_transaction_reset - forget MAIL, RCPT and DATA (RSET, LHLO, end of a transaction) */
void
lmtp_transaction_reset(lmtp_session *s)
{
	g_clear_pointer(&s->mail_from, g_free);
	s->smtputf8 = FALSE;
	g_ptr_array_set_size(s->rcpt_to, 0);
	if (s->data) {
		g_byte_array_unref(s->data);
		s->data = NULL;
	}
	s->data_size = 0;
	s->data_too_big = FALSE;
}

/* parse_path - split "<address> params" into a newly allocated address and the parameters;
 * a source route (@a,@b:) is dropped; NULL when the brackets are missing or the address holds
 * control characters */
static char *
parse_path(char *arg, char **params_r)
{
	gboolean quoted = FALSE;
	char *start, *end, *p;

	while (*arg == ' ')
		arg++;
	if (*arg != '<')
		return NULL;
	start = arg + 1;
	for (end = start; *end; end++) {
		if ((unsigned char)*end < 0x20 || *end == 0x7f)
			return NULL;
		if (*end == '\\' && quoted && end[1]) {
			end++;
			continue;
		}
		if (*end == '"')
			quoted = !quoted;
		else if (*end == '>' && !quoted)
			break;
	}
	if (*end != '>')
		return NULL;
	if (*start == '@') {
		p = memchr(start, ':', (size_t)(end - start));
		if (p == NULL)
			return NULL;
		start = p + 1;
	}
	p = end + 1;
	while (*p == ' ')
		p++;
	*params_r = p;
	return g_strndup(start, (size_t)(end - start));
}

/* address_ok - an empty path, or something@something that is valid UTF-8 */
static gboolean
address_ok(const char *addr)
{
	const char *at = strrchr(addr, '@');

	if (*addr == '\0')
		return TRUE;
	return at && at != addr && at[1] && g_utf8_validate(addr, -1, NULL);
}

/* is_ascii - TRUE when every byte is 7-bit */
static gboolean
is_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return FALSE;
	return TRUE;
}

/* next_param - cut the next space-separated "KEY[=VALUE]" off *p; NULL at the end */
static char *
next_param(char **p, char **value_r)
{
	char *key = *p, *eq;

	while (*key == ' ')
		key++;
	if (*key == '\0')
		return NULL;
	*p = key + strcspn(key, " ");
	if (**p)
		*(*p)++ = '\0';
	eq = strchr(key, '=');
	*value_r = NULL;
	if (eq) {
		*eq = '\0';
		*value_r = eq + 1;
	}
	return key;
}

/* cmd_lhlo - LHLO host: the extensions we speak, SIZE with the configured limit */
static void
cmd_lhlo(lmtp_session *s, char *args)
{
	if (*args == '\0') {
		lmtp_reply(s, 501, "5.5.4", "Syntax: LHLO hostname");
		return;
	}
	lmtp_transaction_reset(s);
	g_free(s->helo);
	s->helo = g_strdup(args);
	lmtp_reply_more(s, 250, "%s", s->srv->hostname);
	lmtp_reply_more(s, 250, "PIPELINING");
	lmtp_reply_more(s, 250, "ENHANCEDSTATUSCODES");
	lmtp_reply_more(s, 250, "8BITMIME");
	lmtp_reply_more(s, 250, "SMTPUTF8");
	lmtp_reply(s, 250, NULL, "SIZE %zu", s->srv->limits.max_message_size);
	lmtp_session_set_state(s, LMTP_STATE_READY);
}

/* cmd_mail - MAIL FROM:<sender> [SIZE=n] [BODY=7BIT|8BITMIME] [SMTPUTF8] */
static void
cmd_mail(lmtp_session *s, char *args)
{
	char *params, *key, *value, *from;
	gboolean smtputf8 = FALSE;

	if (g_ascii_strncasecmp(args, "FROM:", 5) != 0 ||
	    (from = parse_path(args + 5, &params)) == NULL) {
		lmtp_reply(s, 501, "5.5.4", "Syntax: MAIL FROM:<address>");
		return;
	}
	while ((key = next_param(&params, &value)) != NULL) {
		if (g_ascii_strcasecmp(key, "SIZE") == 0 && value && *value &&
		    strspn(value, "0123456789") == strlen(value)) {
			guint64 size = g_ascii_strtoull(value, NULL, 10);

			if (strlen(value) > 18 || size > s->srv->limits.max_message_size) {
				lmtp_reply(s, 552, "5.3.4",
				           "Message size exceeds fixed maximum message size");
				goto out;
			}
		} else if (g_ascii_strcasecmp(key, "BODY") == 0 && value &&
		           (g_ascii_strcasecmp(value, "7BIT") == 0 ||
		            g_ascii_strcasecmp(value, "8BITMIME") == 0)) {
			/* both arrive as bytes; nothing to do */
		} else if (g_ascii_strcasecmp(key, "SMTPUTF8") == 0 && value == NULL) {
			smtputf8 = TRUE;
		} else {
			lmtp_reply(s, 555, "5.5.4", "Unsupported parameter %s", key);
			goto out;
		}
	}
	if (!address_ok(from)) {
		lmtp_reply(s, 501, "5.1.7", "Bad sender address syntax");
		goto out;
	}
	if (!smtputf8 && !is_ascii(from)) {
		lmtp_reply(s, 553, "5.6.7", "Sender address needs SMTPUTF8");
		goto out;
	}
	s->mail_from = from;
	from = NULL;
	s->smtputf8 = smtputf8;
	lmtp_session_set_state(s, LMTP_STATE_MAIL);
	lmtp_reply(s, 250, "2.1.0", "Ok");
out:
	g_free(from);
}

/* cmd_rcpt - RCPT TO:<recipient>: only addresses matching the accept patterns */
static void
cmd_rcpt(lmtp_session *s, char *args)
{
	char *params, *key, *value, *to;

	if (g_ascii_strncasecmp(args, "TO:", 3) != 0 ||
	    (to = parse_path(args + 3, &params)) == NULL) {
		lmtp_reply(s, 501, "5.5.4", "Syntax: RCPT TO:<address>");
		return;
	}
	if ((key = next_param(&params, &value)) != NULL) {
		lmtp_reply(s, 555, "5.5.4", "Unsupported parameter %s", key);
	} else if (*to == '\0' || !address_ok(to)) {
		lmtp_reply(s, 501, "5.1.3", "Bad recipient address syntax");
	} else if (!s->smtputf8 && !is_ascii(to)) {
		lmtp_reply(s, 553, "5.6.7", "Recipient address needs SMTPUTF8");
	} else if (s->rcpt_to->len >= s->srv->limits.max_recipients) {
		lmtp_reply(s, 452, "4.5.3", "Error: too many recipients");
	} else if (!lmtp_server_accepts(s->srv, to)) {
		lmtp_reply(s, 550, "5.1.1",
		           "<%s>: Recipient address rejected: not a bounce address", to);
	} else {
		lmtp_reply(s, 250, "2.1.5", "<%s> Ok", to);
		g_ptr_array_add(s->rcpt_to, to);
		lmtp_session_set_state(s, LMTP_STATE_RCPT);
		return;
	}
	g_free(to);
}

/* cmd_data - start reading the message */
static void
cmd_data(lmtp_session *s, char *args)
{
	if (*args) {
		lmtp_reply(s, 501, "5.5.4", "Syntax: DATA");
		return;
	}
	s->data = g_byte_array_sized_new(8192);
	s->data_size = 0;
	s->data_too_big = FALSE;
	s->data_bol = TRUE;
	lmtp_session_set_state(s, LMTP_STATE_DATA);
	lmtp_reply(s, 354, NULL, "End data with <CR><LF>.<CR><LF>");
}

/* lmtp_end_of_data - the final "." arrived: too big is answered now, anything else is handed
 * over and answered when committed */
void
lmtp_end_of_data(lmtp_session *s)
{
	lmtp_message *msg;

	if (s->data_too_big) {
		log_warning("lmtp: %s sent %zu bytes, over the limit of %zu", s->client,
		            s->data_size, s->srv->limits.max_message_size);
		for (guint i = 0; i < s->rcpt_to->len; i++)
			lmtp_reply(s, 552, "5.3.4",
			           "<%s> Message size exceeds fixed maximum message size",
			           (char *)g_ptr_array_index(s->rcpt_to, i));
		lmtp_transaction_reset(s);
		lmtp_session_set_state(s, LMTP_STATE_READY);
		return;
	}
	msg = g_new0(lmtp_message, 1);
	msg->session_id = s->id;
	msg->client = g_strdup(s->client);
	msg->helo = g_strdup(s->helo);
	msg->mail_from = g_strdup(s->mail_from);
	msg->rcpt_to = g_ptr_array_new_full(s->rcpt_to->len, g_free);
	for (guint i = 0; i < s->rcpt_to->len; i++)
		g_ptr_array_add(msg->rcpt_to, g_strdup(g_ptr_array_index(s->rcpt_to, i)));
	msg->data = s->data;
	s->data = NULL;
	msg->received_at = g_get_real_time() / G_USEC_PER_SEC;
	msg->queued_us = g_get_monotonic_time();
	lmtp_session_set_state(s, LMTP_STATE_PENDING);
	s->srv->stats.messages++;
	s->srv->submit(msg, s->srv->submit_ctx);
}

/* cmd_rset - abort the transaction */
static void
cmd_rset(lmtp_session *s, char *args)
{
	lmtp_transaction_reset(s);
	if (s->state != LMTP_STATE_CONNECTED)
		lmtp_session_set_state(s, LMTP_STATE_READY);
	lmtp_reply(s, 250, "2.0.0", "Ok");
}

static void
cmd_noop(lmtp_session *s, char *args)
{
	lmtp_reply(s, 250, "2.0.0", "Ok");
}

/* cmd_vrfy - RFC 5321 3.5.3: 252 rather than reveal anything */
static void
cmd_vrfy(lmtp_session *s, char *args)
{
	if (*args == '\0')
		lmtp_reply(s, 501, "5.5.4", "Syntax: VRFY address");
	else
		lmtp_reply(s, 252, "2.5.2",
		           "Cannot VRFY user, but will accept message for bounce "
		           "addresses");
}

static void
cmd_help(lmtp_session *s, char *args)
{
	lmtp_reply(s, 214, "2.0.0", "Commands: LHLO MAIL RCPT DATA RSET NOOP VRFY HELP QUIT");
}

static void
cmd_quit(lmtp_session *s, char *args)
{
	lmtp_reply(s, 221, "2.0.0", "Bye");
	lmtp_close(s);
}

/* cmd_helo - HELO and EHLO are SMTP: RFC 2033 4.1 wants LHLO */
static void
cmd_helo(lmtp_session *s, char *args)
{
	lmtp_reply(s, 500, "5.5.1", "Error: this is LMTP, use LHLO");
}

static const lmtp_command_def lmtp_commands[] = {
    {"LHLO", ST_COMMAND, cmd_lhlo},          {"MAIL", ST(READY), cmd_mail},
    {"RCPT", ST(MAIL) | ST(RCPT), cmd_rcpt}, {"DATA", ST(RCPT), cmd_data},
    {"RSET", ST_COMMAND, cmd_rset},          {"NOOP", ST_COMMAND, cmd_noop},
    {"VRFY", ST_COMMAND, cmd_vrfy},          {"HELP", ST_COMMAND, cmd_help},
    {"QUIT", ST_COMMAND, cmd_quit},          {"HELO", ST_COMMAND, cmd_helo},
    {"EHLO", ST_COMMAND, cmd_helo},
};

/* order_error - the 503 text for a verb sent in the wrong state */
static const char *
order_error(const lmtp_session *s, const char *verb)
{
	if (s->state == LMTP_STATE_CONNECTED)
		return "Error: send LHLO first";
	if (strcmp(verb, "MAIL") == 0)
		return "Error: nested MAIL command";
	if (s->state == LMTP_STATE_READY)
		return strcmp(verb, "RCPT") == 0 ? "Error: need MAIL command"
		                                 : "Error: need MAIL and RCPT commands";
	return "Error: no valid recipients";
}

/* lmtp_command - run one command line (no line end) through the command table */
void
lmtp_command(lmtp_session *s, char *line)
{
	size_t verb_len = strcspn(line, " ");
	char *args = line + verb_len;

	while (*args == ' ')
		args++;
	for (size_t i = 0; i < G_N_ELEMENTS(lmtp_commands); i++) {
		const lmtp_command_def *c = &lmtp_commands[i];

		if (verb_len != strlen(c->verb) ||
		    g_ascii_strncasecmp(line, c->verb, verb_len) != 0)
			continue;
		if (!(c->states & (1u << s->state))) {
			lmtp_reply(s, 503, "5.5.1", "%s", order_error(s, c->verb));
			return;
		}
		/* trailing spaces are not part of an argument */
		g_strchomp(args);
		c->handler(s, args);
		return;
	}
	lmtp_reply(s, 500, "5.5.2", "Error: command not recognized");
}
