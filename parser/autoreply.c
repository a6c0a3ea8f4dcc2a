/* autoreply.c - RFC 3834 auto-replies and vacation notices */
#include <string.h>
#include "autoreply.h"
#include "text.h"

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
	lower = g_ascii_strdown(from, -1);
	hit = autoreply_has_any(lower, daemons, G_N_ELEMENTS(daemons));
	g_free(lower);
	return hit;
}

/* autoreply_header_rule - the header rule that marks obj as an auto-reply, or NULL */
static const char *
autoreply_header_rule(GMimeObject *obj, const char **why_r)
{
	const char *v;

	if ((v = g_mime_object_get_header(obj, "Auto-Submitted")) != NULL &&
	    g_ascii_strncasecmp(v, "auto-replied", 12) == 0) {
		*why_r = v;
		return "autoreply.auto-submitted";
	}
	if ((v = g_mime_object_get_header(obj, "X-Autoreply")) != NULL &&
	    g_ascii_strcasecmp(v, "no") != 0) {
		*why_r = v;
		return "autoreply.x-autoreply";
	}
	if ((v = g_mime_object_get_header(obj, "X-Autorespond")) != NULL) {
		*why_r = v;
		return "autoreply.x-autorespond";
	}
	if ((v = g_mime_object_get_header(obj, "Precedence")) != NULL &&
	    g_ascii_strncasecmp(v, "auto_reply", 10) == 0) {
		*why_r = v;
		return "autoreply.precedence";
	}
	return NULL;
}

/* autoreply_detect - RFC 3834 header or vacation subject, never from a daemon */
gboolean
autoreply_detect(GMimeMessage *msg, const char **rule_r, const char **why_r)
{
	GMimeObject *obj = GMIME_OBJECT(msg);
	const char *subject = g_mime_object_get_header(obj, "Subject");
	const char *from = g_mime_object_get_header(obj, "From");
	char *subject8 = text_header_utf8(subject);
	char *lower = g_utf8_strdown(subject8 ? subject8 : "", -1);
	const char *rule;
	gboolean hit = FALSE;

	g_free(subject8);
	if (autoreply_from_daemon(from) ||
	    autoreply_has_any(lower, autoreply_failure_subjects,
	                      G_N_ELEMENTS(autoreply_failure_subjects))) {
		g_free(lower);
		return FALSE;
	}
	if ((rule = autoreply_header_rule(obj, why_r)) != NULL) {
		*rule_r = rule;
		hit = TRUE;
	} else if (autoreply_has_any(lower, autoreply_subjects, G_N_ELEMENTS(autoreply_subjects))) {
		*rule_r = "autoreply.subject";
		*why_r = subject;
		hit = TRUE;
	}
	g_free(lower);
	return hit;
}
