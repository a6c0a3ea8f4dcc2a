/* autoreply.c - RFC 3834 auto-replies and vacation notices */
#include <string.h>
#include "autoreply.h"
#include "scrape_rules.h"
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
    "ticket received", /* Freshdesk: "Ticket Received - <subject>" */
    "thank you for contacting",
    /* challenge-response filters: the mail waits for a confirmation that never comes */
    "confirm you are human",
    "confirm that you are human",
    "verify you are human",
    "verify that you are human",
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
    "ausencia", /* autoreply5: "Ausencia temporal", "Aviso de ausencia" */
    "resposta automática",
    "resposta automatica",
    "fora do escritório",
    "afwezig",
    "automatisch antwoord",
    "autosvar",
    "automatiskt svar", /* Swedish Outlook */
    "automatisk svar",  /* Danish and Norwegian Outlook */
    "frånvaro",
    "fravær",
    "automaattinen vastaus",
    "poza biurem",
    "automatyczna odpowiedź",
    "odpowiedź automatyczna", /* Polish Outlook */
    "automatická odpověď",
    "automatická odpoveď", /* Slovak */
    "automatikus válasz",
    "automatski odgovor", /* Croatian, Serbian, Bosnian */
    "samodejni odgovor",  /* Slovenian */
    "răspuns automat",
    "automātiskā atbilde",
    "automatinis atsakymas",
    "automaatne vastus",
    "automaatvastus",      /* Estonian Outlook */
    "resposta automàtica", /* Catalan Outlook (Portuguese has an acute accent) */
    "sjálfvirkt svar",     /* Icelandic */
    "αυτόματη απάντηση",
    "автоответ",
    "автоматический ответ",
    "автоматична відповідь",
    "автоматичен отговор",
    "otomatik yanıt",
    "תשובה אוטומטית",
    "رد تلقائي",
    "trả lời tự động",
    "balasan otomatis",
    "balasan automatik", /* Malay */
    "پاسخ خودکار",       /* Persian */
    "ตอบกลับอัตโนมัติ",
    "自動応答",
    "自動返信",
    "不在",
    "休暇",
    "自动回复",
    "自動回覆",
    "자동 응답",
    "자동 회신", /* Korean Outlook */
    "부재",
};

/* Subjects of delivery failures: such a message is never taken for an auto-reply. */
static const char *const autoreply_failure_subjects[] = {
    "nicht zugestellt",
    "zustellung fehlgeschlagen",
    "non recapitabile",
    "échec de remise",
    "no se pudo entregar",
    "não entregue",
    "配信エラー",
    "配信不能",
    "エラーメール",     /* japan15 (second batch): an ESP's "エラーメール通知" */
    "配信されなかった", /* japan15 */
    "メールが拒否されました",
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
    /* paraphrase21: Sympa's refusal of a post ("Message distribution: Authorization denied"),
     * which it marks Auto-Submitted: auto-replied */
    "authorization denied",
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
    /* japan7: the Japanese failure and delay subjects scrape_families.c lists as bounce
     * markers ("配送エラー通知", "送信失敗", "配送遅延", "届きませんでした"), and "バウンス" of
     * an ESP's "ハードバウンスのお知らせ" */
    "配送エラー",
    "配送失敗",
    "送信エラー",
    "送信失敗",
    "配送不能",
    "配送遅延",
    "配信遅延",
    "届きませんでした",
    "バウンス",
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
 * Subjects of a list manager's notice that it holds the sender's post for its moderator
 * (Mailman's "Your message to X awaits moderator approval", LISTSERV's "held for list
 * editor review"): the list answers automatically and may mark it Auto-Submitted, but it is
 * a hold, not a reply from the recipient (autoreply4).  Lower case.  Only the moderator's
 * words: a bare "awaiting approval" is also a challenge-response filter's (Boxbe's "Your
 * message to Anna Berg is awaiting approval"), which is an auto-reply.
 */
static const char *const autoreply_moderation_subjects[] = {
    "moderator approval",        "awaiting moderation",      "held for moderation",
    "pending moderation",        "list editor review",       "moderator review",
    "approbation du modérateur", "en attente de modération", "genehmigung durch den moderator",
    "wartet auf freigabe",       "aprobación del moderador",
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
    /* autoreply4: the mailbox itself being closed or removed ("this mailbox will be closed at
     * the end of the month") */
    "mailbox will be closed",
    "mailbox has been closed",
    "mailbox will be deleted",
    "mailbox will be deactivated",
    "mailbox will be removed",
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
    "indirizzo non è più",
    "indirizzo email non è più",
    "indirizzo e-mail non è più",
    "casella non è più",
    "endereço não é mais",
    "endereço já não",
    "adres is niet meer",
    /* the address is no longer used or read ("diese E-Mail-Adresse wird nicht mehr verwendet") */
    "address is no longer used",
    "address is no longer being used",
    "adresse wird nicht mehr",
    "adres wordt niet meer",
    "adres nie jest już",
    /* autoreply4: Polish in the first person ("nie pracuję już w …", "już nie pracuję") */
    "nie pracuję już",
    "już nie pracuję",
    "adress används inte längre",
    "adressen används inte längre",
    /* heldout22: the same in the words of Romance-language replies whose address noun is
     * longer ("este endereço de e-mail não é mais utilizado", "cette adresse e-mail n'est plus
     * consultée", "esta dirección de correo ya no se utiliza"): the verb phrase alone says
     * the address is not read any more; a new address announced in the first person */
    "não é mais utilizad",
    "não é mais usad",
    "não está mais em uso",
    "deixou de ser utilizad",
    "deixou de ser usad",
    "meu novo e-mail",
    "meu novo email",
    "meu novo endereço de e-mail",
    "meu e-mail mudou",
    "endereço de e-mail mudou",
    "ya no se utiliza",
    "ya no se usa",
    "ya no está en uso",
    "mi nuevo correo",
    "mi nueva dirección de correo",
    "dirección de correo ha cambiado",
    "correo electrónico ha cambiado",
    "n'est plus consultée",
    "ne sera plus consultée",
    "n'est plus utilisée",
    "ma nouvelle adresse e-mail",
    "ma nouvelle adresse électronique",
    "ma nouvelle adresse mail",
    "non è più utilizzat",
    "il mio nuovo indirizzo",
    "meine neue e-mail-adresse",
    "meine neue mailadresse",
    /* an academic who left or retired ("Dr Grant has left the University of Lochside", "Herr
     * Keller ist nicht mehr an der Universität", "a quitté l'université", "退職いたしました",
     * "已离职"), an account nobody reads any more, an address no longer used (Japanese,
     * Chinese) */
    "has left the university",
    "have left the university",
    "no longer at the university",
    "has retired from",
    "have retired from",
    "i have retired",
    "i have now retired",
    "account is no longer monitored",
    "nicht mehr an der universität",
    "die universität verlassen",
    "a quitté l'université",
    "ai quitté l'université",
    "a quitté l'entreprise",
    "ai quitté l'entreprise",
    "a quitté la société",
    "ai quitté la société",
    "ne suis plus à l'université",
    "n'est plus à l'université",
    "dejado la universidad",
    "ya no está en la universidad",
    "ya no estoy en la universidad",
    "deixou a universidade",
    "deixei a universidade",
    "não está mais na universidade",
    "não estou mais na universidade",
    "lasciato l'università",
    "non è più all'università",
    "non sono più all'università",
    "アドレスは現在使用されておりません",
    "アドレスは使用されておりません",
    "アドレスは使用しておりません",
    "退職いたしました",
    "退職しました",
    /* heldout23: a Japanese notice of a changed or closing address ("メールアドレス変更のお知らせ",
     * "新しいメールアドレスは …です", "このアドレスは廃止いたします"); アドレス is the e-mail
     * address (a postal one is 住所) */
    "アドレス変更のお知らせ",
    "アドレスを変更いたしました",
    "アドレスを変更しました",
    "アドレスが変更になりました",
    "アドレスは変更になりました",
    "新しいメールアドレスは",
    "新しいアドレスは",
    "アドレスは廃止",
    "アドレスを廃止",
    /* japan15 (second batch): the company changed its mail domain ("メールアドレスのドメインを
     * 変更いたしました", "ドメイン変更に伴い") */
    "ドメインを変更いたしました",
    "ドメインを変更しました",
    "ドメイン変更に伴",
    "已离职",
    "邮箱已停止使用",
    "邮箱已不再使用",
    "邮箱不再使用",
    /* autoreply3: a mailbox or account "no longer in use"; the same and a person who left in
     * Nordic, Central European, Romanian and Turkish replies ("ikke længere ansat", "har
     * slutat hos", "adresa se již nepoužívá", "nie pracuje już w naszej firmie", "şirketimizde
     * çalışmamaktadır"), each with the employer or the address in the phrase: "no longer
     * works" alone is also a part-time or holiday notice ("en työskentele enää perjantaisin",
     * not on Fridays any more; "tänä vuonna", this year), so Finnish has only its address row */
    "mailbox is no longer in use",
    "account is no longer in use",
    "inbox is no longer in use",
    "ikke længere ansat",
    "arbejder ikke længere hos",
    "adresse er ikke længere i brug",
    "adressen er ikke længere i brug",
    "ikke lenger ansatt",
    "jobber ikke lenger hos",
    "adresse er ikke lenger i bruk",
    "adressen er ikke lenger i bruk",
    "har slutat på",
    "har slutat hos",
    "har slutat sin anställning",
    "inte längre anställd",
    "arbetar inte längre på",
    "arbetar inte längre hos",
    "jobbar inte längre på",
    "jobbar inte längre hos",
    "osoite ei ole enää käytössä",
    "adresa se již nepoužívá",
    "adresa se už nepoužívá",
    "adresa sa už nepoužíva",
    "nepracuje ve společnosti",
    "nepracuje v naší firmě",
    "již nepracuje pro",
    "už nepracuje pro",
    "již není zaměstnanc",
    "už není zaměstnanc",
    "nie pracuje już w firmie",
    "nie pracuje już w naszej firmie",
    "nie pracuje już w spółce",
    "już nie pracuje w firmie",
    "już nie pracuje w naszej firmie",
    "nie jest już pracownikiem",
    "adres e-mail nie jest już",
    "adres email nie jest już",
    "már nem dolgozik cégünknél",
    "már nem dolgozik a cégnél",
    "nu mai lucrează în cadrul",
    "nu mai face parte din",
    "adresă nu mai este utilizat",
    "şirketimizde çalışmamaktadır",
    "şirketimizde çalışmıyor",
    "şirketimizden ayrılmıştır",
    "firmamızda çalışmamaktadır",
    "firmamızdan ayrılmıştır",
    "artık kullanılmamaktadır",
    "artık kullanılmıyor",
    /* autoreply5: the first or third person leaving the employer in German, Spanish, Italian,
     * Dutch and Portuguese ("ich habe das Unternehmen verlassen", "he dejado la empresa"), and
     * Russian's "no longer works in the company" and "this address is no longer used" (each with
     * the employer or the address in the phrase, as above) */
    /* "…" between two parts: the second follows the first within AUTOREPLY_GAP bytes, as a
     * German verb comes last, after a date ("das Unternehmen zum 31.10.2026 verlassen") */
    "das unternehmen … verlassen",
    "die firma … verlassen",
    "aus dem unternehmen … ausgeschieden",
    "dejado la empresa",
    "dejado la compañía",
    "lasciato l'azienda",
    "lasciato la società",
    "het bedrijf verlaten",
    "deixou a empresa",
    "deixei a empresa",
    "больше не работаю в компании",
    "больше не работает в компании",
    "больше не работаю в нашей компании",
    "больше не работает в нашей компании",
    "адрес больше не используется",
    "ящик больше не используется",
};

/*
 * What keeps the address alive although a moved phrase matched: the reply
 * says its mail is forwarded (DESIGN.md §4: hasmoved is a move without
 * forwarding; "Your message has been forwarded to his successor"), or that
 * the address stays as it is ("I no longer work at the Leeds office … my
 * email address stays the same", "our old shop address is no longer valid
 * … our email address has not changed").  Lower case.  Taking a moved
 * address for a live one only costs a mail; the reverse suppresses a reader.
 */
static const char *const autoreply_forwarded_phrases[] = {
    "has been forwarded to",
    "have been forwarded to",
    "will be forwarded to",
    "is being forwarded to",
    "are being forwarded to",
    "automatically forwarded",
    "sont transférés",
    "ont été transférés",
    "seront transférés",
    "wird weitergeleitet",
    "werden weitergeleitet",
    "wurde weitergeleitet",
    "automatisch weitergeleitet",
    "a été transféré",
    "sera transféré",
    "est transféré",
    "a été transmis",
    "sera transmis",
    "è stato inoltrato",
    "verrà inoltrato",
    "sarà inoltrato",
    "ha sido reenviado",
    "será reenviado",
    "se reenviará",
    "foi encaminhad",
    "será encaminhad",
    "wordt doorgestuurd",
    "is doorgestuurd",
    /* heldout23: Japanese, "mail is forwarded to the new address" */
    "転送されます",
    "転送いたします",
    "転送しております",
};

/*
 * Forwarding denied: "will not be forwarded", "wird nicht automatisch weitergeleitet".  The
 * forwarded phrases above match inside some of these, so when one occurs, only the
 * unchanged-address phrases below keep the address alive.  Lower case.
 */
static const char *const autoreply_not_forwarded_phrases[] = {
    "not be forwarded",
    "not be automatically forwarded",
    "not automatically forwarded",
    "not being forwarded",
    "not forwarded",
    "nicht weitergeleitet",
    "nicht automatisch weitergeleitet",
    "nicht mehr weitergeleitet",
    "ne sera pas transféré",
    "ne sera pas transmis",
    "n'est pas transféré",
    "non verrà inoltrato",
    "non sarà inoltrato",
    "non viene inoltrato",
    "no será reenviado",
    "no se reenviará",
    "não será encaminhad",
    "niet doorgestuurd",
    "niet automatisch doorgestuurd",
};

/* ... or that the address stays as it is (see above).  Lower case. */
static const char *const autoreply_unchanged_phrases[] = {
    "stays the same",    "stay the same",    "remains the same",   "remain the same",
    "remains unchanged", "remain unchanged", "has not changed",    "have not changed",
    "hasn't changed",    "haven't changed",  "will not change",    "won't change",
    "bleibt gleich",     "bleiben gleich",   "bleibt unverändert", "bleiben unverändert",
    "ändert sich nicht", "reste inchangé",   "restent inchangé",   "ne change pas",
    "non cambia",        "rimane invariat",  "no cambia",          "sigue siendo la misma",
    "não muda",          "blijft hetzelfde", "blijft ongewijzigd",
};

/*
 * A challenge-response filter asks the sender to prove a person wrote: the
 * mail waits for an answer that never comes, the address is alive.  Lower
 * case, looked for in the reply's own first lines.
 */
static const char *const autoreply_challenge_phrases[] = {
    "verify that you are a person",
    "verify you are a person",
    "verify that you are human",
    "verify you are human",
    "confirm that you are human",
    "confirm you are human",
    "confirm that you are a person",
    "confirm you are a person",
    "verify that you are a real person",
    "confirm that you are a real person",
    "dat u een echt persoon bent",
    "dat u een mens bent",
    "dass sie ein mensch sind",
    "que vous êtes une personne",
    "que vous êtes un humain",
    "que eres una persona",
    /* autoreply5: Portuguese, Italian and Russian challenges ("confirme que você é uma pessoa",
     * "подтвердите, что вы не робот") */
    "que você é uma pessoa",
    "que você é humano",
    "che sei una persona",
    "che sei un essere umano",
    "что вы человек",
    "что вы не робот",
    /* autoreply3: a home-made whitelist filter ("I only accept mail from known senders …
     * reply and I will add you to my whitelist") */
    "add you to my whitelist",
    "added to my whitelist",
    "add you to my list of approved senders",
    "accept mail from known senders",
    "accept email from known senders",
    "accept e-mail from known senders",
    "accept messages from known senders",
};

/*
 * A reply that says it is an automatic confirmation of receipt, read with no header too
 * (HubSpot's "This is an automatic confirmation that we got your email"): a person does not
 * write so.  Lower case, the reply's own first lines.
 */
static const char *const autoreply_receipt_phrases[] = {
    "automatic confirmation that we",    "automated confirmation that we",
    "automatic acknowledgement of your", "automated acknowledgement of your",
    "automatic acknowledgment of your",  "automated acknowledgment of your",
};

/* A help desk acknowledging a new ticket, read only under Auto-Submitted: auto-generated. */
static const char *const autoreply_ack_phrases[] = {
    "received your request",
    "request has been received",
    "ticket has been created",
    "ticket has been opened",
    "request has been registered", /* GLPI */
    "ticket has been registered",
    "request has been logged",
    /* nonbounce3: Zendesk's default, a number between "request" and its verb ("Your request
     * (4471) has been received and is being reviewed by our support staff") */
    "has been received and is being reviewed",
    /* the same in the languages of European help desks (OTRS/Znuny, GLPI, Zammad, TOPdesk) */
    "unter der ticketnummer",
    "ticket wurde erstellt",
    "ticket wurde eröffnet",
    "ist bei uns eingegangen", /* Zendesk: "Ihre Anfrage (#48213) ist bei uns eingegangen" */
    "ticket a été créé",
    "ticket a été ouvert",
    "nous avons bien reçu votre demande",
    "votre demande a bien été reçue",
    "votre demande a bien été enregistrée",
    "hemos recibido su solicitud",
    "hemos recibido tu solicitud",
    "abbiamo ricevuto la sua richiesta",
    "abbiamo ricevuto la tua richiesta",
    "uw melding is ontvangen",
    "uw melding is geregistreerd",
    "hebben uw verzoek ontvangen", /* autoreply5: "We hebben uw verzoek ontvangen" */
    "hebben je verzoek ontvangen",
    "recebemos a sua solicitação",
    "recebemos sua solicitação",
    "ваше обращение зарегистрировано",
    "ваша заявка принята",
    "zgłoszenie zostało przyjęte",
    "zgłoszenie zostało zarejestrowane",
};

/* The lists by name, as autoreply_phrase_lists hands them to the tests. */
#define AUTOREPLY_LIST(a)                                                                          \
	{                                                                                          \
#a, a, G_N_ELEMENTS(a)                                                             \
	}
static const autoreply_phrase_list autoreply_lists[] = {
    AUTOREPLY_LIST(autoreply_subjects),
    AUTOREPLY_LIST(autoreply_failure_subjects),
    AUTOREPLY_LIST(autoreply_moderation_subjects),
    AUTOREPLY_LIST(autoreply_moved_phrases),
    AUTOREPLY_LIST(autoreply_forwarded_phrases),
    AUTOREPLY_LIST(autoreply_not_forwarded_phrases),
    AUTOREPLY_LIST(autoreply_unchanged_phrases),
    AUTOREPLY_LIST(autoreply_challenge_phrases),
    AUTOREPLY_LIST(autoreply_receipt_phrases),
    AUTOREPLY_LIST(autoreply_ack_phrases),
};

/* autoreply_phrase_lists - every phrase list the reader matches, *n of them */
const autoreply_phrase_list *
autoreply_phrase_lists(size_t *n)
{
	*n = G_N_ELEMENTS(autoreply_lists);
	return autoreply_lists;
}

/* The bytes a phrase's "…" stands for, at most: a date or a few words. */
#define AUTOREPLY_GAP 40

/*
 * autoreply_gap_match - does s hold the phrase "a … b" (dots: where its "…" starts): a, then
 * b starting a word within AUTOREPLY_GAP bytes after it
 */
static gboolean
autoreply_gap_match(const char *s, const char *phrase, const char *dots)
{
	char a[128];
	size_t an = (size_t)(dots - phrase) - 1, bn;
	const char *b = dots + strlen("… "), *at = s;

	if (an == 0 || an >= sizeof(a))
		return FALSE;
	memcpy(a, phrase, an);
	a[an] = '\0';
	bn = strlen(b);
	while ((at = strstr(at, a)) != NULL) {
		const char *from = at + an;

		for (size_t k = 0; k <= AUTOREPLY_GAP && from[k] != '\0'; k++)
			if ((k == 0 || from[k - 1] == ' ') && strncmp(from + k, b, bn) == 0)
				return TRUE;
		at += an;
	}
	return FALSE;
}

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

/* autoreply_has_any_gap - autoreply_has_any for a list whose phrases may hold a gap, "a … b"
 * (autoreply_gap_match): only the moved phrases do */
static gboolean
autoreply_has_any_gap(const char *s, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const char *dots = strstr(words[i], " … ");

		if (dots != NULL ? autoreply_gap_match(s, words[i], dots + 1)
		                 : strstr(s, words[i]) != NULL)
			return TRUE;
	}
	return FALSE;
}

/*
 * autoreply_failure_words - does lower-cased s hold a failure subject's words:
 * this list, or a subject the scrapers take for a bounce's
 * (scrape_bounce_markers), so the two never drift apart
 */
static gboolean
autoreply_failure_words(const char *s)
{
	if (autoreply_has_any(s, autoreply_failure_subjects,
	                      G_N_ELEMENTS(autoreply_failure_subjects)))
		return TRUE;
	for (const scrape_marker *m = scrape_bounce_markers; m->text != NULL; m++)
		if (m->where == SCRAPE_IN_SUBJECT && m->also == NULL && strstr(s, m->text) != NULL)
			return TRUE;
	return FALSE;
}

/*
 * autoreply_own_words - the part of lower-cased subject that speaks for this message: an
 * auto-reply names the subject it answers after its own tag ("Automatic reply: Returned mail?
 * Our new returns service"), so when the text before the first colon is such a tag, only that
 * tag (a copy, in *copy_r, to free); else the whole subject (*copy_r NULL)
 */
static const char *
autoreply_own_words(const char *lower, char **copy_r)
{
	const char *colon = strchr(lower, ':');

	*copy_r = NULL;
	if (colon == NULL)
		return lower;
	*copy_r = g_strndup(lower, (gsize)(colon - lower));
	if (autoreply_has_any(*copy_r, autoreply_subjects, G_N_ELEMENTS(autoreply_subjects)))
		return *copy_r;
	g_clear_pointer(copy_r, g_free);
	return lower;
}

/* The prefixes a reply puts before the subject it answers ("Re:", "AW:", "SV:", "Odp:",
 * "回复:" …), and those of a forward or of a reply in a few mail programs ("Fwd:", "WG:",
 * "R:", "전달:" …). */
static const char *const reply_prefixes[] = {"re",   "aw",   "sv",   "vs",  "antw", "odp",
                                             "rif",  "res",  "ynt",  "απ",  "σχετ", "отв",
                                             "回复", "答复", "回覆", "답장"};
static const char *const forward_prefixes[] = {"r", "rv", "tr", "wg", "fw", "fwd", "enc", "전달"};

/* subject_opens_with - does lower-cased subject open with one of the prefixes and a colon
 * (ASCII or full-width), blanks allowed before and after the prefix */
static gboolean
subject_opens_with(const char *lower, const char *const *prefixes, size_t n_prefixes)
{
	const char *s = lower;

	while (*s == ' ' || *s == '\t')
		s++;
	for (size_t i = 0; i < n_prefixes; i++) {
		size_t n = strlen(prefixes[i]);
		const char *e = s + n;

		if (strncmp(s, prefixes[i], n) != 0)
			continue;
		while (*e == ' ')
			e++;
		if (*e == ':' || strncmp(e, "\xef\xbc\x9a", 3) == 0) /* ":" or a full-width colon */
			return TRUE;
	}
	return FALSE;
}

/* autoreply_reply_prefix - does lower-cased subject open with a reply's prefix (not a
 * forward's) */
static gboolean
autoreply_reply_prefix(const char *lower)
{
	return subject_opens_with(lower, reply_prefixes, G_N_ELEMENTS(reply_prefixes));
}

/* autoreply_failure_subject - does lower-cased subject announce a delivery failure */
static gboolean
autoreply_failure_subject(const char *lower)
{
	static const char *const answered[] = {" re:", " aw:", " sv:", " fw:", " fwd:", " wg:"};
	char *copy, *own = NULL;
	const char *words;
	gboolean failure;

	/* nonbounce3: "Re: Your registration mail bounced": a subject that opens with a reply
	 * prefix is the answered message's, whose words are not this message's own (a forward's
	 * prefix does not count: a forwarded bounce is passed on as the bounce it carries) */
	if (autoreply_reply_prefix(lower))
		return FALSE;
	words = autoreply_own_words(lower, &copy);

	/* a help desk's "Ticket Opened [#7721] Re: Undelivered Mail…" names, after a reply or
	 * forward tag, the subject it answers: only the words before that tag are its own */
	for (size_t i = 0; copy == NULL && own == NULL && i < G_N_ELEMENTS(answered); i++) {
		const char *at = strstr(words, answered[i]);

		if (at != NULL && at > words)
			own = g_strndup(words, (gsize)(at - words));
	}
	failure = autoreply_failure_words(own ? own : words);
	g_free(own);
	g_free(copy);
	return failure;
}

/*
 * autoreply_moderation_subject - does lower-cased subject say a list holds the post for its
 * moderator ("Automatic reply: Pending approval of your loan" is no such hold)
 */
static gboolean
autoreply_moderation_subject(const char *lower)
{
	char *copy;
	gboolean hold =
	    autoreply_has_any(autoreply_own_words(lower, &copy), autoreply_moderation_subjects,
	                      G_N_ELEMENTS(autoreply_moderation_subjects));

	g_free(copy);
	return hold;
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

/*
 * autoreply_answers_subject - does lower-cased subject start with a reply or forward prefix
 * ("RE: Automatic reply: …", "SV: Automatiskt svar: …", "Re: Vacation deals"): what follows
 * is the subject of the message answered, so a tag there is not this message's own
 */
static gboolean
autoreply_answers_subject(const char *lower)
{
	return autoreply_reply_prefix(lower) ||
	       subject_opens_with(lower, forward_prefixes, G_N_ELEMENTS(forward_prefixes));
}

/* autoreply_is_report - is the message a multipart/report (DSN, MDN, feedback) */
static gboolean
autoreply_is_report(GMimeObject *part)
{
	GMimeContentType *ct = part ? g_mime_object_get_content_type(part) : NULL;

	return ct != NULL && g_mime_content_type_is_type(ct, "multipart", "report");
}

/*
 * autoreply_own_text - the unquoted lines of the first scan bytes of body as
 * one line, white space collapsed (a phrase may be wrapped across two); quoted
 * text ("> …") is the message answered, not the owner's notice
 */
static GString *
autoreply_own_text(const char *body, size_t len, size_t scan)
{
	const char *p = body, *end = body ? body + MIN(len, scan) : NULL;
	GString *text = g_string_new(NULL);

	while (body != NULL && p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		const char *s = p;

		while (s < e && g_ascii_isspace(*s))
			s++;
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
	return text;
}

/*
 * autoreply_lower - text lower-cased, beyond ASCII when it is UTF-8, with the typographic
 * apostrophes a word processor puts in (U+2018, U+2019: "n’est plus", "I’m no longer") made
 * ASCII, as the phrases are written (newly allocated)
 */
static char *
autoreply_lower(const GString *text)
{
	char *lower = g_utf8_validate(text->str, (gssize)text->len, NULL)
	                  ? g_utf8_strdown(text->str, (gssize)text->len)
	                  : ascii_strdown(text->str, (gssize)text->len);
	char *w = lower;

	for (const char *r = lower; *r != '\0';) {
		if ((unsigned char)r[0] == 0xe2 && (unsigned char)r[1] == 0x80 &&
		    ((unsigned char)r[2] == 0x98 || (unsigned char)r[2] == 0x99)) {
			*w++ = '\'';
			r += 3;
		} else
			*w++ = *r++;
	}
	*w = '\0';
	return lower;
}

/* autoreply_first_of - the first of words that lower-cased s contains, or NULL */
static const char *
autoreply_first_of(const char *s, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (strstr(s, words[i]) != NULL)
			return words[i];
	}
	return NULL;
}

static gboolean autoreply_alive(const char *lower);

/*
 * autoreply_body_rule - the rule that marks the message as automatic by its
 * own text: a challenge-response filter's request to prove a person sent the
 * mail (no header, a subject of its own: "Re: Spring offers [Please verify
 * your email address]"), or, under Auto-Submitted: auto-generated, a help
 * desk's acknowledgement (Jira's "We've received your request ITHELP-482")
 */
static const char *
autoreply_body_rule(tophdr *top, const char *body, size_t len, const char **why_r)
{
	const char *v = tophdr_get(top, "Auto-Submitted");
	GString *text = autoreply_own_text(body, len, AUTOREPLY_BODY_SCAN);
	char *lower = autoreply_lower(text);
	const char *rule = NULL, *hit;

	if ((hit = autoreply_first_of(lower, autoreply_challenge_phrases,
	                              G_N_ELEMENTS(autoreply_challenge_phrases))) != NULL)
		rule = "autoreply.challenge";
	else if ((hit = autoreply_first_of(lower, autoreply_receipt_phrases,
	                                   G_N_ELEMENTS(autoreply_receipt_phrases))) != NULL)
		rule = "autoreply.acknowledgement";
	else if (v != NULL && g_ascii_strncasecmp(v, "auto-generated", 14) == 0 &&
	         (hit = autoreply_first_of(lower, autoreply_ack_phrases,
	                                   G_N_ELEMENTS(autoreply_ack_phrases))) != NULL)
		rule = "autoreply.acknowledgement";
	/* heldout30: an abandoned address's notice under auto-generated ("this email address is no
	 * longer monitored, please write to …"): automatic, and read as moved below */
	else if (v != NULL && g_ascii_strncasecmp(v, "auto-generated", 14) == 0 &&
	         (hit = autoreply_first_of(lower, autoreply_moved_phrases,
	                                   G_N_ELEMENTS(autoreply_moved_phrases))) != NULL &&
	         !autoreply_alive(lower))
		rule = "autoreply.abandoned-address";
	if (rule != NULL)
		*why_r = hit;
	g_free(lower);
	g_string_free(text, TRUE);
	return rule;
}

/* autoreply_alive - the lower-cased reply says its mail is forwarded or its address unchanged */
static gboolean
autoreply_alive(const char *lower)
{
	if (autoreply_has_any(lower, autoreply_unchanged_phrases,
	                      G_N_ELEMENTS(autoreply_unchanged_phrases)))
		return TRUE;
	return autoreply_has_any(lower, autoreply_forwarded_phrases,
	                         G_N_ELEMENTS(autoreply_forwarded_phrases)) &&
	       !autoreply_has_any(lower, autoreply_not_forwarded_phrases,
	                          G_N_ELEMENTS(autoreply_not_forwarded_phrases));
}

/* autoreply_moved - the reply's own text when it says the address is abandoned, or NULL */
char *
autoreply_moved(const char *body, size_t len)
{
	GString *text = autoreply_own_text(body, len, AUTOREPLY_MOVED_SCAN);
	char *lower = autoreply_lower(text), *found = NULL;

	if (autoreply_has_any_gap(lower, autoreply_moved_phrases,
	                          G_N_ELEMENTS(autoreply_moved_phrases)) &&
	    !autoreply_alive(lower)) {
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

/* autoreply_detect - RFC 3834 header, vacation subject or an automatic text, never from a daemon */
gboolean
autoreply_detect(GMimeObject *part, tophdr *top, const char *body, size_t len, const char **rule_r,
                 const char **why_r)
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
	    autoreply_failure_subject(lower) || autoreply_moderation_subject(lower)) {
		g_free(lower);
		return FALSE;
	}
	if ((rule = autoreply_header_rule(top, why_r)) != NULL) {
		*rule_r = rule;
		hit = TRUE;
	} else if (!autoreply_is_list_mail(top) && !autoreply_answers_subject(lower) &&
	           autoreply_has_any(lower, autoreply_subjects, G_N_ELEMENTS(autoreply_subjects))) {
		/* a newsletter about "vacation deals" is no vacation notice */
		*rule_r = "autoreply.subject";
		*why_r = subject;
		hit = TRUE;
	} else if (!autoreply_is_list_mail(top) &&
	           (rule = autoreply_body_rule(top, body, len, why_r)) != NULL) {
		*rule_r = rule;
		hit = TRUE;
	}
	g_free(lower);
	return hit;
}
