/* autoreply.c - RFC 3834 auto-replies and vacation notices */
#include <string.h>
#include "autoreply.h"
#include "text.h"
#include "utf8.h"

/* Subjects of vacation / out-of-office replies, lower case, in common languages. */
static const char *const autoreply_subjects[] = {
    "out of office",
    "out-of-office",
    "out of the office",
    "automatic reply",
    "auto reply",
    "auto-reply",
    "autoreply",
    "auto response",
    "auto-response",
    "autoresponse",
    "automated response",
    "vacation",
    "away from the office",
    "away from my desk",
    "on leave",
    "away from my mail", /* BSD vacation(1)'s default subject */
    "away from my e-mail",
    "away from my email",
    /* help-desk autoresponders acknowledging a new ticket */
    "we received your request",
    "we have received your request",
    "we've received your request",
    "request received",
    "request has been received",
    "thank you for contacting",
    /* challenge-response filters: the mail waits for a confirmation that never comes */
    "confirm you are human",
    "confirm that you are human",
    "please confirm your message",
    "sender verification", /* "... request", "... required" */
    "abwesenheitsnotiz",
    "abwesend",
    "automatische antwort",
    "réponse automatique",
    "reponse automatique",
    "absence du bureau",
    "risposta automatica",
    "fuori sede",
    "fuori ufficio",
    "respuesta automática",
    "respuesta automatica",
    "fuera de la oficina",
    "resposta automática",
    "resposta automatica",
    "fora do escritório",
    "afwezig",
    "automatisch antwoord",
    "autosvar",
    "frånvaro",
    "fravær",
    "automaattinen vastaus",
    "poza biurem",
    "automatyczna odpowiedź",
    "automatická odpověď",
    "автоответ",
    "автоматический ответ",
    "otomatik yanıt",
    "自動応答",
    "自動返信",
    "不在",
    "休暇",
    "自动回复",
    "自動回覆",
    "자동 응답",
    "부재",
};

/* Subjects of delivery failures: such a message is never taken for an auto-reply. */
static const char *const autoreply_failure_subjects[] = {
    "nicht zugestellt",
    "zustellung fehlgeschlagen",
    "non recapitabile",
    "échec de remise",
    "no se pudo entregar",
    "no entregado",
    "não entregue",
    "配信エラー",
    "配信不能",
    "不達",
    "退信",
    "undeliver",
    "delivery status",
    "delivery fail",
    "failure notice",
    "returned mail",
    "mail delivery",
    "delivery notification",
    "not delivered",
    "non-delivery",
    "nondelivery",
    "could not be delivered",
    "unzustellbar",
    "non remis",
    "delivery problem",
    "mail system error",
    "returned to sender",
    "warning: could not send",
    "delayed mail",
    "delivery delayed",
    /* localised non-delivery subjects, as scrape_bounce_markers lists them */
    "non distribué",
    "état de remise",
    "no entregad",
    "estado de entrega",
    "não foi possível entregar",
    "status de entrega",
    "mancato recapito",
    "stato di consegna",
    "onbestelbaar",
    "niet bezorgd",
    "niedostarczon",
    "nie dostarczon",
    "недоставлен",
    "не доставлен",
    "配信失敗",
    "投递失败",
    "无法投递",
    "未送达",
    "no se puede entregar",
    "não é possível entregar",
    "impossibile recapitare",
    "kan ikke leveres",
    "kan inte levereras",
    "kunne ikke leveres",
    "onbezorgbaar",
    "teslim edilemedi",
    "nedoručiteln",
    "nie można dostarczyć",
    "kézbesíthetetlen",
    "αδυναμία παράδοσης",
    "無法傳遞",
    "반송",
};

/*
 * What an auto-reply says when nobody will read the address any more: the
 * person left, or the address was replaced.  Mail there reaches no one, so the
 * address is as dead as a hasmoved bounce (DESIGN.md §4), even though the
 * mailbox still answers.  Lower case; a temporary absence ("on leave until")
 * must never match.
 */
static const char *const autoreply_moved_phrases[] = {
    "no longer with",
    "no longer employed",
    "no longer work for",
    "no longer working for",
    "no longer works for",
    "no longer work at",
    "no longer working at",
    "no longer works at",
    "has left the company",
    "have left the company",
    "has left the organization",
    "have left the organization",
    "address is no longer in use",
    "address is no longer active",
    "address is no longer valid",
    "address is no longer monitored",
    "mailbox is no longer monitored",
    /* "address is not monitored" alone is no row: "… until I am back" is a holiday */
    /* the e-mail address, not the office's: "our address has changed" is postal */
    "mail address has changed",
    "my new e-mail address",
    "my new email address",
    "address will be closed",
    "address has been closed",
    "address has been deactivated",
    "nicht mehr im unternehmen",
    "nicht mehr für die",
    "nicht mehr bei der",
    "nicht mehr bei uns",
    "mail-adresse hat sich geändert",
    "mailadresse hat sich geändert",
    "adresse ist nicht mehr",
    "postfach wird nicht mehr",
    "ne fait plus partie",
    "ne fais plus partie", /* first person */
    "ne travaille plus",
    "adresse n'est plus",
    "adresse e-mail a changé",
    "adresse email a changé",
    "adresse mail a changé",
    "adresse électronique a changé",
    "adresse courriel a changé",
    "ya no trabaja",
    "ya no trabajo", /* first person: "ya no trabajo en …" */
    "ya no forma parte",
    "dirección ya no",
    "non lavora più",
    "non lavoro più", /* first person */
    "non fa più parte",
    "niet meer werkzaam",
    "werk niet meer bij",
    "já não trabalh",
    "não trabalho mais",
    "não trabalha mais",
    "não faz mais parte",
    "não faço mais parte",
    "niet langer werkzaam",
};

/* autoreply_has_any - TRUE when lower-cased s contains one of words */
static gboolean
autoreply_has_any(const char *s, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (strstr(s, words[i]) != NULL)
			return TRUE;
	}
	return FALSE;
}

/*
 * autoreply_failure_subject - does lower-cased subject announce a delivery
 * failure.  An auto-reply names the subject it answers after its own tag
 * ("Automatic reply: Returned mail? Our new returns service"): when the text
 * before the first colon is such a tag, only that tag is looked at.
 */
static gboolean
autoreply_failure_subject(const char *lower)
{
	const char *colon = strchr(lower, ':');
	gboolean failure;
	char *tag;

	if (colon == NULL)
		return autoreply_has_any(lower, autoreply_failure_subjects,
		                         G_N_ELEMENTS(autoreply_failure_subjects));
	tag = g_strndup(lower, (gsize)(colon - lower));
	if (autoreply_has_any(tag, autoreply_subjects, G_N_ELEMENTS(autoreply_subjects)))
		failure = autoreply_has_any(tag, autoreply_failure_subjects,
		                            G_N_ELEMENTS(autoreply_failure_subjects));
	else
		failure = autoreply_has_any(lower, autoreply_failure_subjects,
		                            G_N_ELEMENTS(autoreply_failure_subjects));
	g_free(tag);
	return failure;
}

/* autoreply_from_daemon - does the sender look like a mailer daemon */
gboolean
autoreply_from_daemon(const char *from)
{
	static const char *const daemons[] = {
	    "mailer-daemon", "mailer_daemon", "mailerdaemon", "postmaster",        "mail delivery",
	    "mail-daemon",   "maildaemon",    "mdaemon",      "mail administrator"};
	char *lower;
	gboolean hit;

	if (from == NULL)
		return FALSE;
	lower = ascii_strdown(from, -1);
	hit = autoreply_has_any(lower, daemons, G_N_ELEMENTS(daemons));
	g_free(lower);
	return hit;
}

/* autoreply_header_rule - the header rule that marks the message as an auto-reply, or NULL */
static const char *
autoreply_header_rule(tophdr *top, const char **why_r)
{
	const char *v;

	if ((v = tophdr_get(top, "Auto-Submitted")) != NULL &&
	    g_ascii_strncasecmp(v, "auto-replied", 12) == 0) {
		*why_r = v;
		return "autoreply.auto-submitted";
	}
	if ((v = tophdr_get(top, "X-Autoreply")) != NULL && g_ascii_strcasecmp(v, "no") != 0) {
		*why_r = v;
		return "autoreply.x-autoreply";
	}
	if ((v = tophdr_get(top, "X-Autorespond")) != NULL) {
		*why_r = v;
		return "autoreply.x-autorespond";
	}
	if ((v = tophdr_get(top, "Precedence")) != NULL &&
	    g_ascii_strncasecmp(v, "auto_reply", 10) == 0) {
		*why_r = v;
		return "autoreply.precedence";
	}
	return NULL;
}

/* autoreply_is_list_mail - does the message carry the headers of list or newsletter mail */
static gboolean
autoreply_is_list_mail(tophdr *top)
{
	static const char *const list_headers[] = {"List-Id", "List-Unsubscribe", "List-Post"};
	const char *v;

	for (size_t i = 0; i < G_N_ELEMENTS(list_headers); i++) {
		if (tophdr_get(top, list_headers[i]) != NULL)
			return TRUE;
	}
	v = tophdr_get(top, "Precedence");
	return v != NULL && g_ascii_strncasecmp(v, "list", 4) == 0;
}

/* autoreply_is_report - is the message a multipart/report (DSN, MDN, feedback) */
static gboolean
autoreply_is_report(GMimeObject *part)
{
	GMimeContentType *ct = part ? g_mime_object_get_content_type(part) : NULL;

	return ct != NULL && g_mime_content_type_is_type(ct, "multipart", "report");
}

/* autoreply_detect - RFC 3834 header or vacation subject, never from a daemon */
gboolean
autoreply_detect(GMimeObject *part, tophdr *top, const char **rule_r, const char **why_r)
{
	const char *subject = tophdr_get(top, "Subject");
	const char *from = tophdr_get(top, "From");
	char *subject8 = text_header_utf8(subject);
	char *lower = strdown_utf8(subject8 ? subject8 : "");
	const char *rule;
	gboolean hit = FALSE;

	g_free(subject8);
	/* a read receipt (RFC 8098) may carry Auto-Submitted too, yet answers nothing; Exchange
	 * and Office 365 mark their own non-delivery reports, whatever language the subject is in
	 */
	if (autoreply_is_report(part) || autoreply_from_daemon(from) ||
	    tophdr_get(top, "X-MS-Exchange-Message-Is-Ndr") != NULL ||
	    autoreply_failure_subject(lower)) {
		g_free(lower);
		return FALSE;
	}
	if ((rule = autoreply_header_rule(top, why_r)) != NULL) {
		*rule_r = rule;
		hit = TRUE;
	} else if (!autoreply_is_list_mail(top) &&
	           autoreply_has_any(lower, autoreply_subjects, G_N_ELEMENTS(autoreply_subjects))) {
		/* a newsletter about "vacation deals" is no vacation notice */
		*rule_r = "autoreply.subject";
		*why_r = subject;
		hit = TRUE;
	}
	g_free(lower);
	return hit;
}

/* autoreply_moved - the reply's own text when it says the address is abandoned, or NULL */
char *
autoreply_moved(const char *body, size_t len)
{
	const char *p = body, *end = body + MIN(len, AUTOREPLY_MOVED_SCAN);
	GString *text = g_string_new(NULL);
	char *lower, *found = NULL;

	/* the unquoted lines as one line: a phrase may be wrapped across two */
	while (body != NULL && p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		const char *s = p;

		while (s < e && g_ascii_isspace(*s))
			s++;
		/* quoted text is the message answered, not the owner's notice */
		if (s < e && *s == '>')
			s = e;
		for (; s < e; s++) {
			if (!g_ascii_isspace(*s))
				g_string_append_c(text, *s);
			else if (text->len > 0 && text->str[text->len - 1] != ' ')
				g_string_append_c(text, ' ');
		}
		if (text->len > 0 && text->str[text->len - 1] != ' ')
			g_string_append_c(text, ' ');
		p = e + 1;
	}
	lower = g_utf8_validate(text->str, (gssize)text->len, NULL)
	            ? g_utf8_strdown(text->str, (gssize)text->len)
	            : ascii_strdown(text->str, (gssize)text->len);
	if (autoreply_has_any(lower, autoreply_moved_phrases,
	                      G_N_ELEMENTS(autoreply_moved_phrases))) {
		/* the notice names the new address: keep its start, cut on a character boundary */
		const char *cut = text->str + MIN(text->len, AUTOREPLY_MOVED_KEEP);

		if (cut < text->str + text->len)
			cut = g_utf8_find_prev_char(text->str, cut + 1);
		found = g_strstrip(g_strndup(text->str, (gsize)(cut - text->str)));
	}
	g_free(lower);
	g_string_free(text, TRUE);
	return found;
}
