/* check_mime.c - bd_parse end to end on the fixtures, damaged and hostile input, limits, threads */
#include <check.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <bounced/parse.h>
#include "autoreply.h"
#include "fixture.h"
#include "json.h"
#include "text.h"

/* What a fixture must give: kind, record count, first record's recipient/status/action/feedback. */
static const struct {
	const char *file;
	bd_kind kind;
	guint records;
	const char *recipient;
	const char *status;
	const char *action;
	const char *feedback_type;
	bd_class klass; /* checked for records this parser decides itself */
} cases[] = {
    {"dsn/postfix-user-unknown.eml", BD_KIND_DSN, 1, "ann@example.org", "5.1.1", "failed", NULL, 0},
    {"dsn/two-recipients-folded-comments.eml", BD_KIND_DSN, 2, "bob@example.org", "5.2.2", "failed",
     NULL, 0},
    {"dsn/irregular-blank-lines.eml", BD_KIND_DSN, 2, "dave@example.org", "5.4.4", "failed", NULL,
     0},
    {"dsn/delayed-will-retry.eml", BD_KIND_DSN, 1, "frank@example.org", "4.4.1", "delayed", NULL,
     0},
    {"dsn/global-delivery-status-utf8.eml", BD_KIND_DSN, 2, "jørgen@xn--bcher-kva.example", "5.1.1",
     "failed", NULL, 0},
    {"damaged/exim-pipe-final-recipient-x-failed-recipients.eml", BD_KIND_DSN, 1,
     "list-owner+alias@relay.example.net", "5.0.0", "failed", NULL, 0},
    {"dsn/status-class-only.eml", BD_KIND_DSN, 1, "gina@example.org", "5.7.1", "failed", NULL, 0},
    {"dsn/delivered-success.eml", BD_KIND_DSN, 1, "henry@example.org", "2.0.0", "delivered", NULL,
     0},
    {"damaged/dsn-labelled-text-plain.eml", BD_KIND_DSN, 1, "ivan@example.org", "5.1.1", "failed",
     NULL, 0},
    {"damaged/missing-report-type.eml", BD_KIND_DSN, 1, "judy@example.org", "5.2.2", "failed", NULL,
     0},
    {"damaged/status-block-in-body.eml", BD_KIND_DSN, 1, "karl@example.org", "5.1.1", "failed",
     NULL, 0},
    {"damaged/dsn-inside-rfc822.eml", BD_KIND_DSN, 1, "lena@example.org", "5.1.2", "failed", NULL,
     0},
    {"damaged/boundary-mismatch.eml", BD_KIND_DSN, 1, "mike@example.org", "5.1.1", "failed", NULL,
     0},
    {"damaged/truncated-mime.eml", BD_KIND_DSN, 1, "nina@example.org", "5.1.1", "failed", NULL, 0},
    {"damaged/broken-base64-qp.eml", BD_KIND_DSN, 1, "paul@example.org", "5.1.1", "failed", NULL,
     0},
    {"damaged/invalid-charset.eml", BD_KIND_DSN, 1, "quinn@example.org", "5.1.1", "failed", NULL,
     0},
    {"damaged/crlf-line-ends.eml", BD_KIND_DSN, 1, "ann@example.org", "5.1.1", "failed", NULL, 0},
    {"damaged/cr-only-line-ends.eml", BD_KIND_DSN, 1, "ann@example.org", "5.1.1", "failed", NULL,
     0},
    {"damaged/empty.eml", BD_KIND_NONE, 0, NULL, NULL, NULL, NULL, 0},
    {"damaged/random-bytes.eml", BD_KIND_NONE, 0, NULL, NULL, NULL, NULL, 0},
    {"arf/abuse-original-rcpt-to.eml", BD_KIND_ARF, 1, "rita@example.org", NULL, NULL, "abuse",
     BD_CLASS_COMPLAINT},
    {"arf/opt-out-recipient-from-returned.eml", BD_KIND_ARF, 1, "sam@example.org", NULL, NULL,
     "opt-out", BD_CLASS_COMPLAINT},
    {"arf/hotmail-style-original-recipient-header.eml", BD_KIND_ARF, 1, "olga@example.org", NULL,
     NULL, "abuse", BD_CLASS_COMPLAINT},
    {"arf/apple-unsubscribe.eml", BD_KIND_ARF, 1, "peter@example.org", NULL, NULL, "opt-out",
     BD_CLASS_COMPLAINT},
    {"autoreply/exchange-automatic-reply.eml", BD_KIND_AUTOREPLY, 1, "rosa@example.org", NULL, NULL,
     NULL, BD_CLASS_AUTOREPLY},
    {"autoreply/auto-submitted.eml", BD_KIND_AUTOREPLY, 1, "tina@example.org", NULL, NULL, NULL,
     BD_CLASS_AUTOREPLY},
    {"autoreply/x-autoreply-header.eml", BD_KIND_AUTOREPLY, 1, "uwe@example.org", NULL, NULL, NULL,
     BD_CLASS_AUTOREPLY},
    {"autoreply/precedence-auto-reply.eml", BD_KIND_AUTOREPLY, 1, "vera@example.org", NULL, NULL,
     NULL, BD_CLASS_AUTOREPLY},
    {"autoreply/german-subject.eml", BD_KIND_AUTOREPLY, 1, "walter@example.de", NULL, NULL, NULL,
     BD_CLASS_AUTOREPLY},
    {"autoreply/japanese-subject.eml", BD_KIND_AUTOREPLY, 1, "xavier@example.jp", NULL, NULL, NULL,
     BD_CLASS_AUTOREPLY},
    {"autoreply/japanese-raw-iso2022jp-subject.eml", BD_KIND_AUTOREPLY, 1, "yuki@example.jp", NULL,
     NULL, NULL, BD_CLASS_AUTOREPLY},
    {"arf/two-original-rcpt-to.eml", BD_KIND_ARF, 2, "abe@example.org", NULL, NULL, "abuse",
     BD_CLASS_COMPLAINT},
    {"arf/aol-style-redacted-to-verp-return-path.eml", BD_KIND_ARF, 1, "mia@example.org", NULL,
     NULL, "abuse", BD_CLASS_COMPLAINT},
    {"arf/original-mail-from-verp-undisclosed.eml", BD_KIND_ARF, 1, "nils@example.org", NULL, NULL,
     "abuse", BD_CLASS_COMPLAINT},
    {"arf/redacted-recipient-no-verp.eml", BD_KIND_ARF, 1, NULL, NULL, NULL, "abuse",
     BD_CLASS_COMPLAINT},
    {"arf/microsoft-jmrp-text-marker-only.eml", BD_KIND_ARF, 1, "paula@example.net", NULL, NULL,
     "abuse", BD_CLASS_COMPLAINT},
    {"arf/autoarf-spamcop-text-report.eml", BD_KIND_ARF, 1, NULL, NULL, NULL, "abuse",
     BD_CLASS_COMPLAINT},
    {"arf/comcast-style-headers-only-display-comma.eml", BD_KIND_ARF, 1, "rosa.quinn@example.net",
     NULL, NULL, "abuse", BD_CLASS_COMPLAINT},
    {"arf/feedback-auth-failure-rfc6591.eml", BD_KIND_ARF, 1, "zed@example.org", NULL, NULL,
     "auth-failure", BD_CLASS_BLOCK},
    {"arf/feedback-virus.eml", BD_KIND_ARF, 1, "wes@example.org", NULL, NULL, "virus",
     BD_CLASS_BLOCK},
    {"arf/feedback-opt-out-bracketed-comment.eml", BD_KIND_ARF, 1, "yon@example.org", NULL, NULL,
     "opt-out", BD_CLASS_COMPLAINT},
    {"autoreply/unix-vacation-precedence-bulk.eml", BD_KIND_AUTOREPLY, 1, "carl@example.org", NULL,
     NULL, NULL, BD_CLASS_AUTOREPLY},
    {"autoreply/ticket-system-we-received-your-request.eml", BD_KIND_AUTOREPLY, 1,
     "support@help.example.net", NULL, NULL, NULL, BD_CLASS_AUTOREPLY},
    {"autoreply/challenge-response-confirm-human.eml", BD_KIND_AUTOREPLY, 1, "mona@example.org",
     NULL, NULL, NULL, BD_CLASS_AUTOREPLY},
    {"autoreply/leave-with-colleague-stays-vacation.eml", BD_KIND_AUTOREPLY, 1, "sara@example.org",
     NULL, NULL, NULL, BD_CLASS_AUTOREPLY},
    {"none/human-reply-quoting-bounce.eml", BD_KIND_NONE, 0, NULL, NULL, NULL, NULL, 0},
    {"none/newsletter-vacation-subject.eml", BD_KIND_NONE, 0, NULL, NULL, NULL, NULL, 0},
    {"none/mdn-auto-submitted-displayed.eml", BD_KIND_NONE, 0, NULL, NULL, NULL, NULL, 0},
    {"none/mdn-not-read-deleted.eml", BD_KIND_NONE, 0, NULL, NULL, NULL, NULL, 0},
    {"none/human-reply.eml", BD_KIND_NONE, 0, NULL, NULL, NULL, NULL, 0},
    {"none/read-receipt.eml", BD_KIND_NONE, 0, NULL, NULL, NULL, NULL, 0},
    {"none/daemon-auto-submitted-notice.eml", BD_KIND_NONE, 0, NULL, NULL, NULL, NULL, 0},
};

START_TEST(test_fixture)
{
	bd_report *r = fixture_parse(cases[_i].file);
	const bd_record *rec;

	ck_assert_msg(r->kind == cases[_i].kind, "%s: kind %s", cases[_i].file,
	              bd_kind_name(r->kind));
	ck_assert_msg(r->records->len == cases[_i].records, "%s: %u records", cases[_i].file,
	              r->records->len);
	if (cases[_i].records > 0) {
		rec = g_ptr_array_index(r->records, 0);
		ck_assert_pstr_eq(rec->recipient, cases[_i].recipient);
		ck_assert_pstr_eq(rec->status, cases[_i].status);
		ck_assert_pstr_eq(rec->action, cases[_i].action);
		ck_assert_pstr_eq(rec->feedback_type, cases[_i].feedback_type);
		if (cases[_i].klass != 0) {
			ck_assert_int_eq(rec->klass, cases[_i].klass);
			ck_assert(!rec->hard_bounce);
		}
	}
	bd_report_free(&r);
}
END_TEST

START_TEST(test_failure_never_autoreply)
{
	/* Auto-Submitted: auto-replied is on many bounces: a failure subject or a daemon sender
	 * wins */
	static const char *const msgs[] = {
	    "From: noreply@mail.example.jp\nAuto-Submitted: auto-replied\n"
	    "Subject: =?UTF-8?B?6YWN5L+h44Ko44Op44O8?=\n\n<a@example.org>: 550 user unknown\n",
	    "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nAuto-Submitted: "
	    "auto-replied\n"
	    "Subject: Out of office\n\nnotice\n",
	    "From: gateway@example.de\nX-Autoreply: yes\nSubject: Nachricht nicht "
	    "zugestellt\n\nx\n",
	};

	for (size_t i = 0; i < G_N_ELEMENTS(msgs); i++) {
		bd_report *r = bd_parse(msgs[i], strlen(msgs[i]), NULL, NULL);

		ck_assert_msg(r->kind != BD_KIND_AUTOREPLY, "message %zu taken for an auto-reply",
		              i);
		bd_report_free(&r);
	}
}
END_TEST

/* RFC 6650 not-spam is kept as feedback but never suppresses: class unknown (the table's 0). */
START_TEST(test_not_spam_record_only)
{
	bd_report *r = fixture_parse("arf/feedback-not-spam.eml");
	const bd_record *rec;

	ck_assert_int_eq(r->kind, BD_KIND_ARF);
	rec = only_record(r);
	ck_assert_str_eq(rec->feedback_type, "not-spam");
	ck_assert_str_eq(rec->reason, "feedback");
	ck_assert_int_eq(rec->klass, BD_CLASS_UNKNOWN);
	bd_report_free(&r);
}
END_TEST

/* An abuse report's opener (JMRP's sentence, SpamCop's banner) makes a complaint only when the
 * reported message comes back with it: a person quoting one is no report. */
START_TEST(test_abuse_report_opener_needs_message)
{
	static const char report[] =
	    "From: SpamCop <spamcop@devnull.spamcop.example.net>\nTo: abuse@example.com\n"
	    "Subject: [SpamCop id:1]offer\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
	    "[ SpamCop V5.4.0 ]\nThis message is brief for your comfort.\n--b\n"
	    "Content-Type: message/rfc822\n\nFrom: news@example.com\nTo: ann@example.org\n"
	    "Subject: offer\n\nhi\n--b--\n";
	static const char quoted[] =
	    "From: ann@example.org\nTo: abuse@example.com\nSubject: hm\n\n"
	    "I got this: [ SpamCop V5.4.0 ] This message is brief for your "
	    "comfort.\n";
	bd_report *r = bd_parse(report, strlen(report), NULL, NULL);
	const bd_record *rec;

	ck_assert_int_eq(r->kind, BD_KIND_ARF);
	rec = only_record(r);
	ck_assert_str_eq(rec->recipient, "ann@example.org");
	ck_assert_str_eq(rec->feedback_type, "abuse");
	ck_assert_int_eq(rec->klass, BD_CLASS_COMPLAINT);
	bd_report_free(&r);
	r = bd_parse(quoted, strlen(quoted), NULL, NULL);
	ck_assert_int_eq(r->kind, BD_KIND_NONE);
	ck_assert_uint_eq(r->records->len, 0);
	bd_report_free(&r);
}
END_TEST

/* arf4: RFC 5965 fields in a part typed text/plain are the feedback report (its type decides
 * the class); a person's note that only quotes the fields further down is no report. */
START_TEST(test_feedback_fields_in_text_plain)
{
	static const char report[] =
	    "From: fbl@isp.example.net\nTo: fbl@example.com\nSubject: report\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=feedback-report; boundary=b\n\n"
	    "--b\nContent-Type: text/plain\n\nA report.\n--b\nContent-Type: text/plain\n\n"
	    "Feedback-Type: virus\nUser-Agent: ISP-FBL/1\nVersion: 1\n"
	    "Original-Rcpt-To: <bo@example.org>\n--b\nContent-Type: text/rfc822-headers\n\n"
	    "From: news@example.com\nTo: ann@example.org\nSubject: offer\n--b--\n";
	static const char note[] =
	    "From: ann@example.org\nTo: abuse@example.com\nSubject: hm\n\n"
	    "Why did I get this?\nFeedback-Type: abuse\nUser-Agent: x\nVersion: 1\n";
	bd_report *r = bd_parse(report, strlen(report), NULL, NULL);
	const bd_record *rec;

	ck_assert_int_eq(r->kind, BD_KIND_ARF);
	rec = only_record(r);
	ck_assert_str_eq(rec->recipient, "bo@example.org");
	ck_assert_str_eq(rec->feedback_type, "virus");
	ck_assert_int_eq(rec->klass, BD_CLASS_BLOCK);
	bd_report_free(&r);
	r = bd_parse(note, strlen(note), NULL, NULL);
	ck_assert_int_eq(r->kind, BD_KIND_NONE);
	ck_assert_uint_eq(r->records->len, 0);
	bd_report_free(&r);
}
END_TEST

/* A delivery report whose own text holds an abuse-report opener stays a bounce: the opener
 * only counts in a message without a delivery-status part. */
START_TEST(test_abuse_report_opener_not_in_dsn)
{
	static const char dsn[] =
	    "From: MAILER-DAEMON@mx.example.net\nTo: news@example.com\n"
	    "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
	    "--b\nContent-Type: text/plain\n\nYour message to ann@example.org bounced.\n"
	    "The remote server answered: this is an email abuse report handler, not a mailbox.\n"
	    "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
	    "Final-Recipient: rfc822; ann@example.org\nAction: failed\nStatus: 5.1.1\n"
	    "Diagnostic-Code: smtp; 550 5.1.1 no such user\n"
	    "--b\nContent-Type: text/rfc822-headers\n\nFrom: news@example.com\n"
	    "To: ann@example.org\nSubject: offer\n--b--\n";
	bd_report *r = bd_parse(dsn, strlen(dsn), NULL, NULL);
	const bd_record *rec;

	ck_assert_int_eq(r->kind, BD_KIND_DSN);
	rec = only_record(r);
	ck_assert_str_eq(rec->recipient, "ann@example.org");
	ck_assert_str_eq(rec->reason, "userunknown");
	bd_report_free(&r);
}
END_TEST

/* A multipart/alternative notice is read once: its text/plain form, and the HTML form only
 * when the plain one says next to nothing. */
START_TEST(test_alternative_read_once)
{
	static const char both[] =
	    "From: MAILER-DAEMON@mx.example.net\nTo: news@example.com\n"
	    "Subject: Undeliverable: offer\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/alternative; boundary=a\n\n"
	    "--a\nContent-Type: text/plain\n\nDelivery to the following recipient failed "
	    "permanently:\n\n    ann@example.org\n\nRemote server said: 550 5.2.2 mailbox full\n"
	    "--a\nContent-Type: text/html\n\n<p>Delivery to the following recipient failed "
	    "permanently:</p><p>ann@example.org</p><p>Remote server said: 550 5.2.2 mailbox "
	    "full</p>\n--a--\n";
	static const char html_only[] =
	    "From: MAILER-DAEMON@mx.example.net\nTo: news@example.com\n"
	    "Subject: Undeliverable: offer\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/alternative; boundary=a\n\n"
	    "--a\nContent-Type: text/plain\n\nView this message in HTML.\n"
	    "--a\nContent-Type: text/html\n\n<p>Delivery to the following recipient failed "
	    "permanently:</p><p>ann@example.org</p><p>Remote server said: 550 5.2.2 mailbox "
	    "full</p>\n--a--\n";
	bd_report *r = bd_parse(both, strlen(both), NULL, NULL);
	const bd_record *rec = only_record(r);
	const char *first = strstr(rec->diagnostic, "mailbox full");

	ck_assert_str_eq(rec->recipient, "ann@example.org");
	ck_assert_ptr_nonnull(first);
	ck_assert_ptr_null(strstr(first + 1, "mailbox full"));
	bd_report_free(&r);
	r = bd_parse(html_only, strlen(html_only), NULL, NULL);
	rec = only_record(r);
	ck_assert_str_eq(rec->recipient, "ann@example.org");
	ck_assert_str_eq(rec->reason, "mailboxfull");
	bd_report_free(&r);
}
END_TEST

/* An auto-reply saying the person left is a hasmoved record naming the new address. */
static const struct {
	const char *file, *recipient, *names;
} moved_cases[] = {
    {"autoreply/left-company-new-address.eml", "olaf@example.com", "olaf.lind@example.net"},
    {"autoreply/address-changed-new-address.eml", "petra@example.org", "petra@example.net"},
    {"autoreply/german-no-longer-employed.eml", "rolf@example.de", "info@example.de"},
    {"autoreply/left-company-mail-instead.eml", "kurt@example.com", "lea.voss@example.com"},
    {"autoreply/french-ne-travaille-plus.eml", "luc.petit@example.fr", "contact@example.fr"},
    {"autoreply/spanish-ya-no-trabajo.eml", "marta.gil@example.es", "info@example.es"},
};

START_TEST(test_autoreply_moved)
{
	bd_report *r = fixture_parse(moved_cases[_i].file);
	const bd_record *rec;

	ck_assert_int_eq(r->kind, BD_KIND_AUTOREPLY);
	rec = only_record(r);
	ck_assert_str_eq(rec->recipient, moved_cases[_i].recipient);
	ck_assert_str_eq(rec->reason, "hasmoved");
	ck_assert_int_eq(rec->klass, BD_CLASS_HARD);
	ck_assert(rec->hard_bounce);
	ck_assert_str_eq(rec->status, "5.1.6");
	ck_assert_str_eq(rec->rule, "autoreply.moved");
	ck_assert_ptr_nonnull(strstr(rec->diagnostic, moved_cases[_i].names));
	bd_report_free(&r);
}
END_TEST

/* assert_autoreply_reasons - each body, sent as an RFC 3834 auto-reply with subject, gives
 * one record with reason */
static void
assert_autoreply_reasons(const char *subject, const char *const *bodies, size_t n,
                         const char *reason)
{
	for (size_t i = 0; i < n; i++) {
		char *msg = g_strconcat("From: a@example.org\nSubject: ", subject,
		                        "\nAuto-Submitted: auto-replied\n"
		                        "Content-Type: text/plain; charset=utf-8\n\n",
		                        bodies[i], "\n", NULL);
		bd_report *r = bd_parse(msg, strlen(msg), NULL, NULL);
		const bd_record *rec = only_record(r);

		ck_assert_msg(strcmp(rec->reason, reason) == 0, "body %zu: %s", i, rec->reason);
		bd_report_free(&r);
		g_free(msg);
	}
}

/* The person who left says so in the first person as often as a colleague does in the third. */
START_TEST(test_autoreply_moved_first_person)
{
	static const char *const bodies[] = {
	    "I no longer work at Example Corp. Please write to info@example.com.",
	    "Ya no trabajo en Ejemplo S.L.",
	    "Je ne fais plus partie de la société.",
	    "Non lavoro più presso Esempio S.p.A.",
	    "Ik werk niet meer bij Voorbeeld B.V.",
	    "Já não trabalho na Exemplo Lda.",
	    "Please note that my email address has changed to a@example.net.",
	    "Meine E-Mail-Adresse hat sich geändert: a@example.de",
	    "Mon adresse e-mail a changé : a@example.fr",
	    "Questo indirizzo non è più attivo. Scrivete a b@example.it.",
	    "Este endereço já não é utilizado.",
	};

	assert_autoreply_reasons("Auto reply", bodies, G_N_ELEMENTS(bodies), "hasmoved");
}
END_TEST

/* A German verb comes last: a date or a few words may stand between the employer and it, up
 * to 40 bytes; further apart, the words are not one phrase */
START_TEST(test_autoreply_moved_gap)
{
	static const char *const moved[] = {
	    "Ich habe das Unternehmen zum 31.10.2026 verlassen.",
	    "Frau Krüger hat die Firma Ende Oktober verlassen.",
	    "Herr Lenz ist aus dem Unternehmen per 30.09. ausgeschieden.",
	};
	static const char *const away[] = {
	    "Ich bin bis 12.12. nicht im Büro. Das Unternehmen ist zwischen den Feiertagen "
	    "geschlossen; bitte haben Sie Verständnis, wenn Antworten länger dauern und Sie das "
	    "Haus erst im Januar verlassen.",
	};

	assert_autoreply_reasons("Automatische Antwort", moved, G_N_ELEMENTS(moved), "hasmoved");
	assert_autoreply_reasons("Automatische Antwort", away, G_N_ELEMENTS(away), "vacation");
}
END_TEST

/* A holiday or a move of the office is no abandoned address: a wrong hasmoved suppresses a reader.
 */
START_TEST(test_autoreply_temporary_stays_vacation)
{
	static const char *const bodies[] = {
	    "I am on leave until 5 May; this address is not monitored until then.",
	    "I have left the office for the Easter break and will be back on 22 April.",
	    "Our office address has changed to 12 Example Street. Back on Monday.",
	    "Unsere Adresse hat sich geändert. Ich bin ab Montag wieder erreichbar.",
	    "Notre adresse a changé. Je suis absent jusqu'au 8 avril.",
	};

	assert_autoreply_reasons("Out of office", bodies, G_N_ELEMENTS(bodies), "vacation");
}
END_TEST

/*
 * A moved phrase next to words that keep the address alive is no abandoned address: the mail
 * is forwarded (DESIGN.md §4: hasmoved is a move without forwarding), or the address stays.
 */
START_TEST(test_autoreply_moved_but_alive)
{
	static const char *const bodies[] = {
	    "Peter has left the company. Your message has been forwarded to his successor.",
	    "I no longer work at the Leeds office; my email address stays the same.",
	    "Our old address is no longer valid. Our e-mail address has not changed.",
	    "Frau Roth ist nicht mehr im Unternehmen. Ihre Nachricht wird weitergeleitet.",
	    "Il ne travaille plus chez nous ; votre message a été transmis à son successeur.",
	};

	assert_autoreply_reasons("Automatic reply", bodies, G_N_ELEMENTS(bodies), "vacation");
}
END_TEST

/* Forwarding denied keeps the move: "will not be forwarded" holds "forwarded", yet says no. */
START_TEST(test_autoreply_moved_not_forwarded)
{
	static const char *const bodies[] = {
	    "I no longer work at Example Ltd. Messages will not be automatically forwarded.",
	    "Diese Adresse wird nicht mehr verwendet und nicht automatisch weitergeleitet.",
	    "Je ne travaille plus chez Exemple SA. Votre message ne sera pas transféré.",
	};

	assert_autoreply_reasons("Automatic reply", bodies, G_N_ELEMENTS(bodies), "hasmoved");
}
END_TEST

/*
 * Without a header or a subject that says so, a reply is automatic by its own text: a
 * challenge-response request, or a help desk's acknowledgement under Auto-Submitted:
 * auto-generated.  The same words in list mail, or an acknowledgement without the header,
 * are no auto-reply.
 */
START_TEST(test_autoreply_body_rules)
{
	static const struct {
		const char *head, *body;
		gboolean autoreply;
	} body_cases[] = {
	    {"Subject: Re: Spring offers [Please verify]\n",
	     "To deliver your message, please verify that you are a person: https://x.example/v",
	     TRUE},
	    {"Subject: [HELP-1] Spring offers\nAuto-Submitted: auto-generated\n",
	     "We've received your request HELP-1 and will reply soon.", TRUE},
	    {"Subject: [HELP-1] Spring offers\n", "We've received your request HELP-1.", FALSE},
	    {"Subject: News\nList-Id: <news.example.org>\n",
	     "Our new filter lets you verify you are human in one click.", FALSE},
	};

	for (size_t i = 0; i < G_N_ELEMENTS(body_cases); i++) {
		char *msg =
		    g_strconcat("From: desk@example.org\n", body_cases[i].head,
		                "Content-Type: text/plain\n\n", body_cases[i].body, "\n", NULL);
		bd_report *r = bd_parse(msg, strlen(msg), NULL, NULL);

		ck_assert_msg((r->kind == BD_KIND_AUTOREPLY) == body_cases[i].autoreply,
		              "case %zu: kind %d", i, r->kind);
		if (body_cases[i].autoreply)
			ck_assert_str_eq(only_record(r)->reason, "vacation");
		bd_report_free(&r);
		g_free(msg);
	}
}
END_TEST

/*
 * The reply's own text is read for a challenge only in its first AUTOREPLY_BODY_SCAN bytes:
 * the phrase ending on the last byte of them counts, one byte further it does not.
 */
START_TEST(test_autoreply_body_scan_bound)
{
	static const char phrase[] = "verify that you are a person";
	size_t fill = AUTOREPLY_BODY_SCAN - 1 - strlen(phrase);

	for (size_t extra = 0; extra < 2; extra++) {
		GString *msg = g_string_new("From: desk@example.org\nSubject: Re: Spring offers\n"
		                            "Content-Type: text/plain\n\n");
		bd_report *r;

		for (size_t i = 0; i < fill + extra; i++)
			g_string_append_c(msg, 'x');
		g_string_append_printf(msg, " %s\n", phrase);
		r = bd_parse(msg->str, msg->len, NULL, NULL);
		ck_assert_msg((r->kind == BD_KIND_AUTOREPLY) == (extra == 0), "extra %zu: kind %d",
		              extra, r->kind);
		bd_report_free(&r);
		g_string_free(msg, TRUE);
	}
}
END_TEST

/* The moved wording only counts in the owner's own words, never in the quoted message. */
START_TEST(test_autoreply_moved_quoted)
{
	static const char msg[] = "From: a@example.org\nSubject: Out of office\n"
	                          "Auto-Submitted: auto-replied\n\nBack on Monday.\n"
	                          "> Our founder is no longer with the company.\n";
	bd_report *r = bd_parse(msg, strlen(msg), NULL, NULL);
	const bd_record *rec;

	rec = only_record(r);
	ck_assert_str_eq(rec->reason, "vacation");
	bd_report_free(&r);
}
END_TEST

/* A person's reply quoting a bounce is no bounce; a forwarded bounce is passed on as one. */
START_TEST(test_reply_quoting_bounce)
{
	static const char body[] =
	    "\n\nWhy did I get this?\n\n"
	    "> <vera@example.org>: host mx.example.org[192.0.2.5] said: 550 5.1.1\n"
	    ">     <vera@example.org>: Recipient address rejected: User unknown in local\n"
	    ">     recipient table (in reply to RCPT TO command)\n";
	static const char *const heads[] = {
	    "From: ulla@example.org\nSubject: Re: Undelivered Mail Returned to Sender\n"
	    "In-Reply-To: <b1@mx.example.org>",
	    "From: ulla@example.org\nSubject: AW: Undelivered Mail Returned to Sender\n"
	    "References: <b1@mx.example.org>",
	    "From: ulla@example.org\nSubject: Fwd: Undelivered Mail Returned to Sender\n"
	    "References: <b1@mx.example.org>",
	};

	for (size_t i = 0; i < G_N_ELEMENTS(heads); i++) {
		char *msg = g_strconcat(heads[i], body, NULL);
		bd_report *r = bd_parse(msg, strlen(msg), NULL, NULL);

		ck_assert_msg(r->records->len == (i == 2 ? 1u : 0u), "message %zu: %u records", i,
		              r->records->len);
		bd_report_free(&r);
		g_free(msg);
	}
}
END_TEST

/*
 * A person's reply may print the bounce it answers below Outlook's "-----Original
 * Message-----" or its header block ("From:" then "Sent:", "Von:" then "Gesendet:") without
 * '>' marks: that text is not the reply's report.  A forward passes the bounce on (not
 * checked under the separator line, which the scrapers read as the end of a notice's text).
 */
START_TEST(test_reply_inline_original)
{
	static const char *const quotes[] = {
	    "-----Original Message-----\nFrom: MAILER-DAEMON@mx.example.org\n",
	    "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n"
	    "Sent: Tuesday, March 18, 2025 11:02 AM\n",
	    "Von: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n"
	    "Gesendet: Dienstag, 18. März 2025 11:40\n",
	};
	static const char bounce[] =
	    "Subject: Undelivered Mail Returned to Sender\n\n"
	    "<vera@example.org>: host mx.example.org[192.0.2.5] said: 550 5.1.1\n"
	    "    <vera@example.org>: Recipient address rejected: User unknown in local\n"
	    "    recipient table (in reply to RCPT TO command)\n";

	for (size_t i = 0; i < G_N_ELEMENTS(quotes); i++) {
		for (int fwd = 0; fwd < (i == 0 ? 1 : 2); fwd++) {
			char *msg = g_strconcat(
			    "From: ulla@example.org\nSubject: ", fwd ? "Fwd:" : "Re:",
			    " Undelivered Mail Returned to Sender\n"
			    "In-Reply-To: <b1@mx.example.org>\n\nWhy did I get this?\n\n",
			    quotes[i], bounce, NULL);
			bd_report *r = bd_parse(msg, strlen(msg), NULL, NULL);

			ck_assert_msg(r->records->len == (fwd ? 1u : 0u),
			              "quote %zu fwd %d: %u records", i, fwd, r->records->len);
			bd_report_free(&r);
			g_free(msg);
		}
	}
}
END_TEST

/*
 * A status block inside the returned message (attached as a delivery-status part or a text
 * part, or printed inline) is an earlier bounce's: the notice's own failure comes first.  It
 * is the notice's report when a person forwarded it ("Fwd:", whatever the comment says) or
 * when the notice names no failure itself (a gateway passing the bounce on).
 */
START_TEST(test_nested_bounce)
{
	static const char dsn[] = "Reporting-MTA: dns; relay.example.org\n\n"
	                          "Final-Recipient: rfc822; inner@example.org\n"
	                          "Action: failed\nStatus: 5.2.2\n"
	                          "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full\n";
	static const char own[] = "The following address failed:\n\n"
	                          "<outer@example.com>: 550 5.1.1 User unknown\n\n";
	static const char none[] = "Your message was returned; details are below.\n\n";
	static const char bounce_head[] = "From: MAILER-DAEMON@mx.example.com\n"
	                                  "Subject: Undelivered Mail Returned to Sender\n";
	static const char fwd_head[] = "From: Dana <dana@example.com>\n"
	                               "Subject: Fwd: Undelivered Mail Returned to Sender\n";
	static const struct {
		const char *head, *text;
		int layout; /* 0: attached report, 1: attached text part, 2: inline */
		const char *want;
	} shapes[] = {
	    {bounce_head, own, 0, "outer@example.com"},
	    {bounce_head, none, 0, "inner@example.org"},
	    {fwd_head, own, 0, "inner@example.org"},
	    {bounce_head, own, 1, "outer@example.com"},
	    {bounce_head, none, 1, "inner@example.org"},
	    {bounce_head, own, 2, "outer@example.com"},
	    {bounce_head, none, 2, "inner@example.org"},
	    {fwd_head, own, 2, "inner@example.org"},
	};

	for (size_t i = 0; i < G_N_ELEMENTS(shapes); i++) {
		const char *inner_head =
		    "From: postmaster@relay.example.org\nTo: outer@example.com\n"
		    "Subject: Delivery Status Notification\n";
		char *msg;
		bd_report *r;

		if (shapes[i].layout == 2)
			msg = g_strconcat(shapes[i].head, "\n", shapes[i].text,
			                  "--- Below this line is a copy of the message.\n\n",
			                  inner_head, "Message-ID: <i1@relay.example.org>\n\n", dsn,
			                  NULL);
		else
			msg = g_strconcat(
			    shapes[i].head,
			    "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"o\"\n\n"
			    "--o\nContent-Type: text/plain\n\n",
			    shapes[i].text, "--o\nContent-Type: message/rfc822\n\n", inner_head,
			    "MIME-Version: 1.0\nContent-Type: multipart/report; boundary=\"i\"\n\n"
			    "--i\nContent-Type: text/plain\n\nNot "
			    "delivered.\n\n--i\nContent-Type: ",
			    shapes[i].layout == 0 ? "message/delivery-status" : "text/plain",
			    "\n\n", dsn, "\n--i--\n\n--o--\n", NULL);
		r = bd_parse(msg, strlen(msg), NULL, NULL);
		ck_assert_msg(r->records->len == 1, "case %zu: %u records", i, r->records->len);
		ck_assert_msg(strcmp(((bd_record *)g_ptr_array_index(r->records, 0))->recipient,
		                     shapes[i].want) == 0,
		              "case %zu: recipient %s", i,
		              ((bd_record *)g_ptr_array_index(r->records, 0))->recipient);
		bd_report_free(&r);
		g_free(msg);
	}
}
END_TEST

/* List mail is no auto-reply by its subject alone; a report (MDN) never is one. */
START_TEST(test_autoreply_guards)
{
	static const char *const msgs[] = {
	    "From: news@example.net\nList-Unsubscribe: <mailto:u@example.net>\n"
	    "Subject: Out of office ideas\n\nx\n",
	    "From: news@example.net\nPrecedence: list\nSubject: Vacation specials\n\nx\n",
	    "From: a@example.org\nAuto-Submitted: auto-replied\nSubject: Read: x\n"
	    "MIME-Version: 1.0\nContent-Type: multipart/report; "
	    "report-type=disposition-notification; boundary=b\n\n--b\n"
	    "Content-Type: message/disposition-notification\n\n"
	    "Final-Recipient: rfc822;a@example.org\nDisposition: automatic-action/"
	    "MDN-sent-automatically; displayed\n\n--b--\n",
	};

	for (size_t i = 0; i < G_N_ELEMENTS(msgs); i++) {
		bd_report *r = bd_parse(msgs[i], strlen(msgs[i]), NULL, NULL);

		ck_assert_msg(r->records->len == 0, "message %zu: %u records", i, r->records->len);
		bd_report_free(&r);
	}
}
END_TEST

START_TEST(test_message_fields)
{
	bd_report *r = fixture_parse("dsn/postfix-user-unknown.eml");
	const bd_header *h;

	ck_assert_str_eq(r->message_id, "20250303091502.4A1B2C3D4E@mx1.example.net");
	ck_assert_str_eq(r->from, "MAILER-DAEMON@mx1.example.net");
	ck_assert_str_eq(r->subject, "Undelivered Mail Returned to Sender");
	ck_assert_str_eq(r->reporting_mta, "mx1.example.net");
	ck_assert_str_eq(r->arrival_date, "Mon,  3 Mar 2025 10:15:01 +0100 (CET)");
	ck_assert_str_eq(r->original_message_id, "news-2025-03.ann@example.com");
	ck_assert_str_eq(r->original_from, "news@example.com");
	ck_assert_str_eq(r->original_to, "ann@example.org");
	ck_assert_str_eq(r->original_subject, "March news — spring sale");
	ck_assert_str_eq(r->original_date, "Mon, 03 Mar 2025 10:15:00 +0100");
	ck_assert_str_eq(r->original_list_id, "Example News <news.example.com>");
	ck_assert_uint_eq(r->campaign->len, 1);
	h = g_ptr_array_index(r->campaign, 0);
	ck_assert_str_eq(h->name, "X-Campaign-Id");
	ck_assert_str_eq(h->value, "spring-2025");
	bd_report_free(&r);
}
END_TEST

/* The one record a fixture gives, through the whole pipeline. */
static const fixture_record record_cases[] = {
    /* a family named only in the top-level boundary (GMime keeps Content-Type on the MIME
     * part) */
    {.path = "scraped/activehunter/boundary-marker.eml",
     .mta = "activehunter",
     .recipient = "kate@dest.test",
     .reason = "userunknown"},
    /* "=00" in quoted-printable text must not end the diagnostic early */
    {.path = "damaged/qp-nul-in-notification.eml",
     .diagnostic = "550 5.1.1 <nobody@example.org>:  Recipient address rejected: User unknown"},
    /* the command named only in the DSN's own Diagnostic-Code places the refusal at RCPT TO:
     * generic "no such user" wording then means a dead mailbox, not a content filter */
    {.path = "dsn/command-in-diagnostic-code.eml",
     .smtp_command = "RCPT",
     .reason = "userunknown",
     .hard = TRUE},
    /* Office 365's new layout explains the error in paragraphs around the server's reply
     * ("How to Fix It", "More Info for Email Admins"): the diagnostic is the reply alone */
    {.path = "scraped/office365/new-layout-remote-blocked.eml",
     .diagnostic = "550 5.7.1 Service unavailable, Client host [203.0.113.45] blocked using "
                   "zen.spamhaus.example"},
    /* a bounce of a bounce: the notice's own failure, not the earlier one it returns */
    {.path = "scraped/nested/bounce-of-a-bounce.eml",
     .mta = "exim",
     .recipient = "newsdesk@example.com",
     .reason = "userunknown"},
    {.path = "scraped/nested/qmail-double-bounce-inline.eml",
     .mta = "qmail",
     .recipient = "newsdesk@example.com",
     .reason = "userunknown"},
    {.path = "scraped/office365/new-layout-user-not-found.eml",
     .diagnostic = "550 5.1.1 <purchasing@wingtip.example>: Recipient address rejected: User "
                   "unknown in virtual mailbox table"},
};

START_TEST(test_record)
{
	fixture_record_check(&record_cases[_i]);
}
END_TEST

START_TEST(test_subject_utf8)
{
	/* RFC 2047 words split inside a character, and raw ISO-2022-JP, both come out as UTF-8 */
	bd_report *a = fixture_parse("autoreply/japanese-raw-iso2022jp-subject.eml");
	bd_report *b = fixture_parse("none/iso2022jp-encoded-words-split.eml");

	ck_assert_str_eq(a->subject, "自動応答: 週報");
	ck_assert_str_eq(b->subject, "配信不能のお知らせ");
	ck_assert_str_eq(b->from, "postmaster@mx.example.jp");
	bd_report_free(&a);
	bd_report_free(&b);
	/* japan9: two adjacent ISO-2022-JP words, each complete (GMime 3.2 kept only the first) */
	a = fixture_parse(
	    "scraped/generic/"
	    "japan9-esp-ja-haishin-error-atesaki-fumei-fullwidth-iso2022jp-base64.eml");
	ck_assert_str_eq(a->subject, "【配信エラー】メール配信に失敗した宛先のお知らせ");
	bd_report_free(&a);
}
END_TEST

/*
 * Each encoded word is decoded on its own before the octets of one charset are joined: GMime
 * 3.2 joined the base64 text, so a padded word ended the subject ("ééé" came out "é"), with
 * the top-level headers left to GMime (a blank before a colon) or read by tophdr alike.
 */
START_TEST(test_subject_padded_words)
{
	static const char *const heads[] = {"Subject: ", "Subject : "};

	for (size_t i = 0; i < G_N_ELEMENTS(heads); i++) {
		char *msg =
		    g_strconcat("From: MAILER-DAEMON@mx.example.net\n", heads[i],
		                "=?utf-8?B?w6k=?= =?utf-8?B?w6k=?=\n =?UTF-8?Q?=C3=A9?= =?koi8-r?B?"
		                "8w==?= x\n\n<a@example.org>: 550 user unknown\n",
		                NULL);
		bd_report *r = bd_parse(msg, strlen(msg), NULL, NULL);

		ck_assert_str_eq(r->subject, "éééС x");
		bd_report_free(&r);
		g_free(msg);
	}
}
END_TEST

/* An empty encoded word ("=?utf-8?q?" "?=", a fuzzer's find) decodes to nothing, quietly. */
START_TEST(test_subject_empty_word)
{
	static const char msg[] = "From: MAILER-DAEMON@mx.example.net\n"
	                          "Subject: =?utf-8?q?\?="
	                          "=?utf-8?b?\?= Undelivered\n\n"
	                          "<a@example.org>: 550 user unknown\n";
	bd_report *r;

	/* a GLib critical (g_convert on no buffer) fails the test */
	g_log_set_always_fatal(G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
	r = bd_parse(msg, strlen(msg), NULL, NULL);
	ck_assert_ptr_nonnull(r->subject);
	ck_assert_str_eq(g_strstrip(r->subject), "Undelivered");
	ck_assert_uint_eq(r->records->len, 1);
	bd_report_free(&r);
}
END_TEST

/* Decomposed text is composed (NFC) even beside bytes that are no UTF-8 (U+FFFD for them). */
START_TEST(test_text_composed_beside_bad_bytes)
{
	static const char *const bodies[] = {
	    /* declared UTF-8: the stray bytes are repaired first, the "a" + U+0301 composed */
	    "Content-Type: text/plain; charset=utf-8\n\n"
	    "<a@example.org>: 550 user unknown in Ca\xcc\x81"
	    "ceres \xff\xfe\n",
	    /* undeclared 8-bit */
	    "\n<a@example.org>: 550 user unknown in Ca\xcc\x81"
	    "ceres \xe9\n",
	};

	for (size_t i = 0; i < G_N_ELEMENTS(bodies); i++) {
		char *msg = g_strconcat("From: MAILER-DAEMON@mx.example.net\nMIME-Version: 1.0\n",
		                        bodies[i], NULL);
		bd_report *r = bd_parse(msg, strlen(msg), NULL, NULL);
		const bd_record *rec;

		ck_assert_uint_eq(r->records->len, 1);
		rec = g_ptr_array_index(r->records, 0);
		ck_assert(g_utf8_validate(rec->diagnostic, -1, NULL));
		ck_assert_ptr_nonnull(strstr(rec->diagnostic, "C\xc3\xa1"
		                                              "ceres"));
		bd_report_free(&r);
		g_free(msg);
	}
}
END_TEST

/*
 * A Subject of 240 KB of broken encoded words is cut at 8 KiB before anything decodes it
 * (GMime's decoder is quadratic on it): the message still gives its record, and says so.
 */
START_TEST(test_subject_encoded_flood)
{
	GString *msg = g_string_new("From: MAILER-DAEMON@mx.example.net\nSubject: ");
	bd_report *r;

	for (int i = 0; i < 15000; i++)
		g_string_append(msg, "=?iso-2022-jp?B?x");
	g_string_append(msg, "\n\n<a@example.org>: 550 5.1.1 user unknown\n");
	r = bd_parse(msg->str, msg->len, NULL, NULL);
	ck_assert_uint_eq(r->records->len, 1);
	ck_assert_uint_le(strlen(r->subject), 8192);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_ptr_nonnull(strstr(r->error, "longer than 8192"));
	bd_report_free(&r);
	g_string_free(msg, TRUE);
}
END_TEST

/*
 * The same flood inside a base64 message/rfc822 part: the prescan never sees those headers
 * (GMime decodes the part), so text.c's own 8 KiB cut is what bounds the decoding of the
 * returned message's Subject.
 */
START_TEST(test_original_subject_encoded_flood)
{
	GString *inner = g_string_new("From: news@example.com\nSubject: ");
	GString *msg = g_string_new(
	    "From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail\nMIME-Version: 1.0\n"
	    "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
	    "--b\nContent-Type: text/plain\n\n<u@example.org>: 550 5.1.1 user unknown\n\n"
	    "--b\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n");
	char *b64;
	bd_report *r;

	for (int i = 0; i < 15000; i++)
		g_string_append(inner, "=?iso-2022-jp?B?x");
	g_string_append(inner, "\nMessage-ID: <m1@example.com>\n\nhello\n");
	b64 = g_base64_encode((const guchar *)inner->str, inner->len);
	g_string_append(msg, b64);
	g_string_append(msg, "\n--b--\n");
	r = bd_parse(msg->str, msg->len, NULL, NULL);
	ck_assert_uint_eq(r->records->len, 1);
	ck_assert_ptr_nonnull(r->original_subject);
	ck_assert_uint_le(strlen(r->original_subject), 8192);
	ck_assert_uint_gt(strlen(r->original_subject), 0);
	bd_report_free(&r);
	g_free(b64);
	g_string_free(inner, TRUE);
	g_string_free(msg, TRUE);
}
END_TEST

START_TEST(test_subject_raw_shiftjis)
{
	/* an undeclared Shift_JIS subject is read from the raw header, not as GMime's Latin-1 */
	bd_report *r = fixture_parse("scraped/generic/japanese-shiftjis-raw-subject.eml");

	ck_assert_str_eq(r->subject, "【配信エラー】メールを配信できませんでした");
	ck_assert_uint_eq(r->records->len, 1);
	bd_report_free(&r);
}
END_TEST

START_TEST(test_halfwidth_katakana_folded)
{
	/* japan4: half-width katakana (Shift_JIS kana) are read as their full-width forms, a
	 * voiced mark joined to the kana before it; full-width ASCII is left as it is */
	bd_report *r = fixture_parse("scraped/generic/japan4-hankaku-mailbox-ippai-sjis.eml");
	const bd_record *rec;

	ck_assert_uint_eq(r->records->len, 1);
	rec = g_ptr_array_index(r->records, 0);
	ck_assert_ptr_nonnull(strstr(rec->diagnostic, "受信者のメールボックスが一杯"));
	ck_assert_str_eq(rec->reason, "mailboxfull");
	bd_report_free(&r);
	r = fixture_parse("scraped/generic/japan4-zenkaku-address-in-sentence-utf8.eml");
	ck_assert_uint_eq(r->records->len, 1);
	rec = g_ptr_array_index(r->records, 0);
	ck_assert_str_eq(rec->recipient, "nakayama@shop.example.jp");
	bd_report_free(&r);
}
END_TEST

/* Line ends and HTML as the text helpers must turn them out. */
static const struct {
	const char *in, *eol, *html;
} text_cases[] = {
    {"a\r\n\r\nb\rc\r", "a\n\nb\nc\n", "a\r\n\r\nb\rc\r"},
    {"\r\r\n\n", "\n\n\n", "\r\r\n\n"},
    {"no line end", "no line end", "no line end"},
    {"x<br>y &amp; z&lt;<p>end", "x<br>y &amp; z&lt;<p>end", "x\ny & z<\nend"},
    {"a & b <i>c", "a & b <i>c", "a & b c"},
    /* a block tag and the source's line break after it are one line end */
    {"<p>a</p>\n<p>b</p>\n", "<p>a</p>\n<p>b</p>\n", "a\nb\n"},
    {"a<br>\nb<br><br>\nc", "a<br>\nb<br><br>\nc", "a\nb\n\nc"},
    {"<div><p>x  </p></div>\n  \n<table><tr><td>y</td></tr></table>",
     "<div><p>x  </p></div>\n  \n<table><tr><td>y</td></tr></table>", "x\ny\n"},
    /* engine7: table cells are words of their own, never an address run into the next cell */
    {"<table><tr><td>To:</td><td>a@example.com</td><td>mx.example.com</td></tr></table>",
     "<table><tr><td>To:</td><td>a@example.com</td><td>mx.example.com</td></tr></table>",
     "To: a@example.com mx.example.com\n"},
    {"<th>a</th><TH>b</TH><thead>c", "<th>a</th><TH>b</TH><thead>c", "a b c"},
    /* engine10: an empty paragraph is a blank line, once for a run of them; "<p>" with
     * text and "<pre>" are not */
    {"<p>a</p>\n<p></p>\n<p>b</p>\n<p>&nbsp;</p><p class=x> </p>\n<p>c</p>",
     "<p>a</p>\n<p></p>\n<p>b</p>\n<p>&nbsp;</p><p class=x> </p>\n<p>c</p>", "a\n\nb\n\nc\n"},
    {"<pre></pre>x<p>y</p>", "<pre></pre>x<p>y</p>", "x\ny\n"},
    /* text labelled html without tags keeps its lines */
    {"line1\n\nline2", "line1\n\nline2", "line1\n\nline2"},
    {"", "", ""},
};

/* an ".eml" attachment with no content (its transfer-encoding header mangled into a header
 * line, nothing after it): no message in it, no crash; an empty buffer normalises to nothing */
START_TEST(test_eml_attachment_empty)
{
	static const char msg[] =
	    "From: MAILER-DAEMON <mailer-daemon@mx.relay.example>\n"
	    "To: news@shop.example\n"
	    "Subject: Undeliverable: Spring offers\n"
	    "MIME-Version: 1.0\n"
	    "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
	    "--b1\nContent-Type: text/plain\n\nDelivery has failed.\n\n"
	    "Host or domain name not found.\n\n"
	    "--b1\nContent-Type: application/octet-stream; name=\"Original.eml\"\n"
	    "Content-Transfer-EU2hvcCBOZXdz\n\n"
	    "--b1--\n";
	bd_report *r = bd_parse(msg, sizeof(msg) - 1, NULL, NULL);

	ck_assert_ptr_nonnull(r);
	ck_assert_ptr_null(r->error);
	bd_report_free(&r);
	ck_assert_uint_eq(text_normalize_eol(NULL, 0), 0);
}
END_TEST

START_TEST(test_text_helpers)
{
	char *buf = g_strdup(text_cases[_i].in);
	size_t n = text_normalize_eol(buf, strlen(buf));
	GString *html = g_string_new(NULL);

	ck_assert_uint_eq(n, strlen(text_cases[_i].eol));
	ck_assert_mem_eq(buf, text_cases[_i].eol, n);
	text_html_strip(text_cases[_i].in, strlen(text_cases[_i].in), html);
	ck_assert_str_eq(html->str, text_cases[_i].html);
	g_string_free(html, TRUE);
	g_free(buf);
}
END_TEST

/*
 * Every auto-reply phrase can match on its own: lower case (the text is lowered before it is
 * read), and no shorter phrase of its list inside it (that one would always match first, the
 * longer one never decides anything).  All such phrases are listed at once.
 */
START_TEST(test_autoreply_phrases_live)
{
	size_t nlists, bad = 0;
	const autoreply_phrase_list *lists = autoreply_phrase_lists(&nlists);

	ck_assert_uint_ge(nlists, 9);
	for (size_t l = 0; l < nlists; l++) {
		const autoreply_phrase_list *list = &lists[l];

		ck_assert_uint_gt(list->n, 0);
		for (size_t i = 0; i < list->n; i++) {
			const char *p = list->phrases[i];
			char *lower = g_utf8_strdown(p, -1);

			if (*p == '\0' || strcmp(lower, p) != 0) {
				fprintf(stderr, "%s: \"%s\" is empty or not lower case\n",
				        list->name, p);
				bad++;
			}
			g_free(lower);
			for (size_t j = 0; j < list->n; j++) {
				if (j != i && strstr(p, list->phrases[j]) != NULL &&
				    (strcmp(p, list->phrases[j]) != 0 || j < i)) {
					fprintf(stderr,
					        "%s: \"%s\" never decides: \"%s\" is inside it\n",
					        list->name, p, list->phrases[j]);
					bad++;
					break;
				}
			}
		}
	}
	ck_assert_msg(bad == 0, "%zu auto-reply phrases that cannot decide (listed above)", bad);
}
END_TEST

/* JSON strings: escapes, valid UTF-8 kept, each invalid byte one U+FFFD, ASCII runs either side */
static const struct {
	const char *in, *json;
} json_cases[] = {
    {NULL, "null"},
    {"", "\"\""},
    {"plain \"q\" \\ tab\tnl\n\x01\x7f", "\"plain \\\"q\\\" \\\\ tab\\tnl\\n\\u0001\\u007f\""},
    {"caf\xc3\xa9 ok", "\"caf\xc3\xa9 ok\""},
    {"a\xff"
     "b",
     "\"a\\ufffdb\""},
    {"\xe9t\xe9", "\"\\ufffdt\\ufffd\""},
    {"x\xc3\xa9\xc3y\xe2\x82\xac", "\"x\xc3\xa9\\ufffdy\xe2\x82\xac\""},
    /* C1 controls and U+2028/U+2029 escaped: a line reader must not split a report */
    {"\xc3\x85rsag \xc2\x85 \xc2\x80\xc2\x9f\xc2\xa0",
     "\"\xc3\x85rsag \\u0085 \\u0080\\u009f\xc2\xa0\""},
    {"a\xe2\x80\xa8"
     "b\xe2\x80\xa9"
     "c\xe2\x80\xaf",
     "\"a\\u2028b\\u2029c\xe2\x80\xaf\""},
};

START_TEST(test_json_string)
{
	GString *out = g_string_new(NULL);
	GString *after = g_string_new("[1,");

	json_append_string(out, json_cases[_i].in);
	ck_assert_str_eq(out->str, json_cases[_i].json);
	/* appended after what the string already holds */
	json_append_string(after, json_cases[_i].in);
	ck_assert_str_eq(after->str + 3, json_cases[_i].json);
	ck_assert_int_eq(strncmp(after->str, "[1,", 3), 0);
	ck_assert_uint_eq(after->len, 3 + strlen(json_cases[_i].json));
	g_string_free(out, TRUE);
	g_string_free(after, TRUE);
}
END_TEST

/* json_ref_byte - the JSON form of one byte standing alone among letters (reference) */
static void
json_ref_byte(GString *out, unsigned char c)
{
	if (c >= 0x80)
		g_string_append(out, "\\ufffd");
	else if (c == '"' || c == '\\')
		g_string_append_printf(out, "\\%c", c);
	else if (c == '\n')
		g_string_append(out, "\\n");
	else if (c == '\r')
		g_string_append(out, "\\r");
	else if (c == '\t')
		g_string_append(out, "\\t");
	else if (c < 0x20 || c == 0x7f)
		g_string_append_printf(out, "\\u%04x", c);
	else
		g_string_append_c(out, (char)c);
}

START_TEST(test_json_string_words)
{
	/* the word-at-a-time scan finds every byte that needs escaping, at any offset */
	for (int c = 1; c < 256; c++) {
		for (size_t k = 0; k < 24; k++) {
			char in[25];
			GString *want = g_string_new("\""), *got = g_string_new(NULL);

			memset(in, 'a', 24);
			in[24] = '\0';
			in[k] = (char)c;
			g_string_append_len(want, in, (gssize)k);
			json_ref_byte(want, (unsigned char)c);
			g_string_append_len(want, in + k + 1, (gssize)(23 - k));
			g_string_append_c(want, '"');
			json_append_string(got, in);
			ck_assert_str_eq(got->str, want->str);
			g_string_free(want, TRUE);
			g_string_free(got, TRUE);
		}
	}
}
END_TEST

START_TEST(test_original_sources)
{
	/* text/rfc822-headers, headers quoted in the body, message/global-headers */
	bd_report *a = fixture_parse("dsn/two-recipients-folded-comments.eml");
	bd_report *b = fixture_parse("damaged/status-block-in-body.eml");
	bd_report *c = fixture_parse("dsn/global-delivery-status-utf8.eml");

	ck_assert_str_eq(a->original_message_id, "digest-10@example.com");
	ck_assert_str_eq(a->original_to, "bob@example.org, carol@example.net");
	ck_assert_str_eq(a->received_from_mta, "app.example.com");
	ck_assert_str_eq(a->original_envelope_id, "env-0042");
	ck_assert_str_eq(b->original_message_id, "quoted-1@example.com");
	ck_assert_str_eq(b->original_subject, "Quoted original");
	ck_assert_uint_eq(b->campaign->len, 1);
	ck_assert_str_eq(c->original_message_id, "utf8-1@example.com");
	bd_report_free(&a);
	bd_report_free(&b);
	bd_report_free(&c);
}
END_TEST

START_TEST(test_attached_free_text_bounces)
{
	/* engine7: free-text bounces attached by a person's forward (at any depth) or a list
	 * server's digest are read as notices; a bounce inside an attached bounce is the
	 * latter's returned message, never read */
	static const char fwd_of_double_bounce[] =
	    "From: Olga <olga@example.org>\nTo: it@example.org\nSubject: Fwd: bounce\n"
	    "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n"
	    "--b0\nContent-Type: text/plain\n\nsee attached\n\n"
	    "--b0\nContent-Type: message/rfc822\n\n"
	    "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\n"
	    "To: postmaster@mail.example.org\nSubject: Undelivered Mail Returned to Sender\n"
	    "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n"
	    "--b1\nContent-Type: text/plain\n\nThis is the mail system at host "
	    "mail.example.org.\n\n"
	    "<outer@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown "
	    "(in reply to RCPT TO command)\n\n"
	    "--b1\nContent-Type: message/rfc822\n\n"
	    "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)\n"
	    "To: outer@example.net\nSubject: Undelivered Mail Returned to Sender\n\n"
	    "This is the mail system at host mail.example.org.\n\n"
	    "<inner@example.com>: host mx.example.com[192.0.2.2] said: 550 5.1.1 User unknown "
	    "(in reply to RCPT TO command)\n\n"
	    "--b1--\n\n--b0--\n";
	bd_report *a = fixture_parse("scraped/postfix/engine7-rfc822-in-rfc822.eml");
	bd_report *b = fixture_parse("scraped/generic/engine7-digest-mime.eml");
	bd_report *c = bd_parse(fwd_of_double_bounce, strlen(fwd_of_double_bounce), NULL, NULL);

	ck_assert_uint_eq(a->records->len, 1);
	ck_assert_str_eq(((bd_record *)g_ptr_array_index(a->records, 0))->recipient,
	                 "kai@example.com");
	ck_assert_str_eq(a->mta, "postfix");
	ck_assert_uint_eq(b->records->len, 3);
	ck_assert_str_eq(((bd_record *)g_ptr_array_index(b->records, 2))->recipient,
	                 "fay@example.org");
	ck_assert_uint_eq(c->records->len, 1);
	ck_assert_str_eq(((bd_record *)g_ptr_array_index(c->records, 0))->recipient,
	                 "outer@example.net");
	bd_report_free(&a);
	bd_report_free(&b);
	bd_report_free(&c);
}
END_TEST

START_TEST(test_attached_bounce_own_text)
{
	/* a bounce attached by a ticket system or forwarded: its records are completed from
	 * its own notification text ("in reply to RCPT TO command"), and the original
	 * message is the one it returns (its text/rfc822-headers), not the bounce itself */
	bd_report *a = fixture_parse("dsn/edge-ticket-system-forwards-bounce-attached.eml");
	bd_report *b = fixture_parse("dsn/shape-dsn-inside-forwarded-message.eml");
	/* a bounce of a bounce: the notice's own recipient, never the inner report's */
	bd_report *c = fixture_parse("dsn/edge-bounce-of-bounce-returned-whole.eml");
	/* a person's reply quoting a bounce: somebody else's words, no record */
	bd_report *d = fixture_parse("dsn/edge-person-replies-quoting-bounce.eml");

	ck_assert_uint_eq(a->records->len, 1);
	ck_assert_str_eq(((bd_record *)g_ptr_array_index(a->records, 0))->smtp_command, "RCPT");
	ck_assert_str_eq(a->original_to, "bruno@example.org");
	ck_assert_str_eq(a->original_subject, "Your request #48211 has been answered");
	ck_assert_str_eq(b->original_message_id, "news-20@example.com");
	ck_assert_uint_eq(c->records->len, 1);
	ck_assert_str_eq(((bd_record *)g_ptr_array_index(c->records, 0))->recipient,
	                 "ops@partner.example");
	ck_assert_uint_eq(d->records->len, 0);
	bd_report_free(&a);
	bd_report_free(&b);
	bd_report_free(&c);
	bd_report_free(&d);
}
END_TEST

START_TEST(test_original_returned)
{
	/* the returned message of a report is read from the text the prescan kept, and GMime's
	 * own reading when it is base64 (the prescan leaves an encoded part to GMime) */
	bd_report *a = fixture_parse("dsn/postfix-user-unknown.eml");
	bd_report *b = fixture_parse("dsn/base64-returned-message.eml");

	ck_assert_str_eq(a->original_message_id, "news-2025-03.ann@example.com");
	ck_assert_str_eq(a->original_from, "news@example.com");
	ck_assert_str_eq(a->original_to, "ann@example.org");
	ck_assert_str_eq(a->original_list_id, "Example News <news.example.com>");
	ck_assert_uint_eq(a->campaign->len, 1);
	ck_assert_str_eq(b->original_message_id, "news-2025-04.bea@example.com");
	ck_assert_str_eq(b->original_from, "news@example.com");
	ck_assert_str_eq(b->original_to, "bea@example.org");
	ck_assert_str_eq(b->original_subject, "April news");
	ck_assert_uint_eq(b->campaign->len, 1);
	ck_assert_uint_eq(b->records->len, 1);
	bd_report_free(&a);
	bd_report_free(&b);
}
END_TEST

START_TEST(test_campaign_option)
{
	static const char *const names[] = {"List-Id", "X-Missing", NULL};
	bd_parse_options opts = {.campaign_headers = names};
	size_t len;
	char *data = fixture_read("dsn/postfix-user-unknown.eml", &len);
	bd_report *r = bd_parse(data, len, NULL, &opts);

	ck_assert_uint_eq(r->campaign->len, 1);
	ck_assert_str_eq(((bd_header *)g_ptr_array_index(r->campaign, 0))->name, "List-Id");
	bd_report_free(&r);
	g_free(data);
}
END_TEST

START_TEST(test_envelope_verp)
{
	/* the report names no recipient: the VERP address fills it, and is recorded either way */
	static const char msg[] =
	    "From: MAILER-DAEMON@mx.example.net\n"
	    "Content-Type: multipart/report; report-type=delivery-status; boundary=v\n\n"
	    "--v\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; mx.example.net\n\nAction: failed\nStatus: 5.1.1\n--v--\n";
	const char *rcpts[] = {"bounce+alice=example.org@lists.example.com"};
	bd_envelope env = {"<>", rcpts, 1};
	bd_report *r = bd_parse(msg, sizeof(msg) - 1, &env, NULL);
	bd_report *s;
	size_t len;
	char *data;

	ck_assert_str_eq(r->verp_recipient, "alice@example.org");
	ck_assert_str_eq(r->mail_from, "<>");
	ck_assert_uint_eq(r->rcpt_to->len, 1);
	ck_assert_str_eq(only_record(r)->recipient, "alice@example.org");
	bd_report_free(&r);

	data = fixture_read("dsn/postfix-user-unknown.eml", &len);
	rcpts[0] = "bounce+someone=else.example@lists.example.com";
	s = bd_parse(data, len, &env, NULL);
	ck_assert_str_eq(s->verp_recipient, "someone@else.example");
	ck_assert_str_eq(((bd_record *)g_ptr_array_index(s->records, 0))->recipient,
	                 "ann@example.org");
	bd_report_free(&s);
	g_free(data);
}
END_TEST

/* report_json - the JSON line of a report (without the file name) */
static char *
report_json(const char *data, size_t len)
{
	bd_report *r = bd_parse(data, len, NULL, NULL);
	char *json = bd_report_to_json(r, NULL);

	bd_report_free(&r);
	return json;
}

START_TEST(test_line_ends_equal)
{
	size_t l1, l2, l3;
	char *lf = fixture_read("dsn/postfix-user-unknown.eml", &l1);
	char *crlf = fixture_read("damaged/crlf-line-ends.eml", &l2);
	char *cr = fixture_read("damaged/cr-only-line-ends.eml", &l3);
	char *j1 = report_json(lf, l1), *j2 = report_json(crlf, l2), *j3 = report_json(cr, l3);

	ck_assert_str_eq(j1, j2);
	ck_assert_str_eq(j1, j3);
	g_free(lf), g_free(crlf), g_free(cr);
	g_free(j1), g_free(j2), g_free(j3);
}
END_TEST

/* nested_multiparts - a message with depth nested multiparts around one DSN part */
static GString *
nested_multiparts(int depth)
{
	GString *s = g_string_new("From: MAILER-DAEMON@mx.example.net\nMIME-Version: 1.0\n"
	                          "Content-Type: multipart/mixed; boundary=\"b0\"\n\n");

	for (int i = 1; i < depth; i++)
		g_string_append_printf(
		    s, "--b%d\nContent-Type: multipart/mixed; boundary=\"b%d\"\n\n", i - 1, i);
	g_string_append_printf(
	    s,
	    "--b%d\nContent-Type: message/delivery-status\n\n"
	    "Final-Recipient: rfc822; deep@example.org\nAction: failed\nStatus: 5.1.1\n\n",
	    depth - 1);
	for (int i = depth - 1; i >= 0; i--)
		g_string_append_printf(s, "--b%d--\n", i);
	return s;
}

START_TEST(test_nesting_5000)
{
	GString *s = nested_multiparts(5000);
	bd_report *r = bd_parse(s->str, s->len, NULL, NULL);

	ck_assert_ptr_nonnull(r->error);
	ck_assert_ptr_nonnull(strstr(r->error, "MIME parts"));
	ck_assert_uint_eq(r->records->len, 0);
	bd_report_free(&r);
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(test_nesting_spaced_header)
{
	/* "Content-Type :" is a header to GMime too: the nesting cut must see it */
	GString *s = g_string_new(
	    "From: a@example.org\nContent-Type : multipart/mixed; boundary=\"b0\"\n\n");
	bd_report *r;

	for (int i = 1; i < 5000; i++)
		g_string_append_printf(
		    s, "--b%d\nContent-Type\t: multipart/mixed; boundary=\"b%d\"\n\n", i - 1, i);
	r = bd_parse(s->str, s->len, NULL, NULL);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_ptr_nonnull(strstr(r->error, "MIME parts"));
	bd_report_free(&r);
	g_string_free(s, TRUE);
}
END_TEST

/* small_stack_parse - thread body: parse the message given and return its report */
static void *
small_stack_parse(void *arg)
{
	GString *s = arg;

	return bd_parse(s->str, s->len, NULL, NULL);
}

START_TEST(test_nesting_small_stack)
{
	/* worker threads may have small stacks: GMime recurses per level, the pre-scan bounds it */
	GString *s = nested_multiparts(20000);
	pthread_attr_t attr;
	pthread_t t;
	void *ret = NULL;
	bd_report *r;

	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 2u * 1024 * 1024);
	ck_assert_int_eq(pthread_create(&t, &attr, small_stack_parse, s), 0);
	ck_assert_int_eq(pthread_join(t, &ret), 0);
	r = ret;
	ck_assert_ptr_nonnull(r->error);
	bd_report_free(&r);
	pthread_attr_destroy(&attr);
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(test_depth_limit)
{
	GString *ok = nested_multiparts(BD_PARSE_MAX_DEPTH - 2);
	GString *deep = nested_multiparts(BD_PARSE_MAX_DEPTH + 5);
	bd_report *a = bd_parse(ok->str, ok->len, NULL, NULL);
	bd_report *b = bd_parse(deep->str, deep->len, NULL, NULL);

	ck_assert_ptr_null(a->error);
	ck_assert_uint_eq(a->records->len, 1);
	ck_assert_ptr_nonnull(b->error);
	ck_assert_ptr_nonnull(strstr(b->error, "nesting"));
	ck_assert_uint_eq(b->records->len, 0);
	bd_report_free(&a);
	bd_report_free(&b);
	g_string_free(ok, TRUE);
	g_string_free(deep, TRUE);
}
END_TEST

START_TEST(test_parts_limit)
{
	/* many sibling parts: the first max_parts are read, the report says the rest was not */
	GString *s = g_string_new(
	    "From: MAILER-DAEMON@mx.example.net\nContent-Type: multipart/report; boundary=p\n\n");
	bd_parse_options opts = {.max_parts = 10};
	bd_report *r;

	for (int i = 0; i < 50; i++)
		g_string_append_printf(
		    s,
		    "--p\nContent-Type: message/delivery-status\n\n"
		    "Final-Recipient: rfc822; u%d@example.org\nAction: failed\nStatus: 5.1.1\n\n",
		    i);
	g_string_append(s, "--p--\n");
	r = bd_parse(s->str, s->len, NULL, &opts);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_uint_gt(r->records->len, 0);
	ck_assert_uint_lt(r->records->len, 10);
	bd_report_free(&r);
	g_string_free(s, TRUE);
}
END_TEST

/*
 * The prescan leaves a returned message's emptied part out whole (one part fewer for GMime);
 * the part limit still falls where it fell before.  The inner boundary is written in RFC 2231
 * form and its parts have no headers, so the prescan counts 8 parts and the walk 10 (9 with
 * the part left out): at 9 the walk is to stop at the returned message's part, which takes
 * the second parse without leaving it out; at 10 it is read whole.
 */
START_TEST(test_parts_limit_returned_part_left_out)
{
	static const char msg[] =
	    "From: MAILER-DAEMON@mx.example.net\nContent-Type: multipart/report; "
	    "report-type=delivery-status; boundary=p\n\n"
	    "--p\nContent-Type: multipart/mixed; boundary*0=q\n\n"
	    "--q\n\na\n--q\n\nb\n--q\n\nc\n--q\n\nd\n--q\n\ne\n--q\n\nf\n--q--\n"
	    "--p\nContent-Type: message/delivery-status\n\n"
	    "Reporting-MTA: dns; mx.example.net\n\n"
	    "Final-Recipient: rfc822; u@example.org\nAction: failed\nStatus: 5.1.1\n\n"
	    "--p\nContent-Type: message/rfc822\n\nFrom: list@example.com\nTo: u@example.org\n"
	    "Subject: news\n\nhello\n--p--\n";
	bd_parse_options below = {.max_parts = 9}, at = {.max_parts = 10};
	bd_report *a = bd_parse(msg, sizeof msg - 1, NULL, &below);
	bd_report *b = bd_parse(msg, sizeof msg - 1, NULL, &at);

	ck_assert_ptr_nonnull(a->error);
	ck_assert_str_eq(a->error, "more MIME parts than 9; the rest was not parsed");
	ck_assert_uint_eq(a->records->len, 1);
	ck_assert_ptr_null(b->error);
	ck_assert_uint_eq(b->records->len, 1);
	bd_report_free(&a);
	bd_report_free(&b);
}
END_TEST

START_TEST(test_parts_without_headers)
{
	/* parts need no Content-Type: delimiter lines of a declared boundary count too */
	GString *s = g_string_new(
	    "From: a@example.org\nContent-Type: multipart/mixed;\n\tboundary=\"B x\"\n\n");
	bd_report *r;

	for (int i = 0; i < 100000; i++)
		g_string_append(s, "--B x  \n\nx\n");
	g_string_append(s, "--B x--\n");
	r = bd_parse(s->str, s->len, NULL, NULL);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_ptr_nonnull(strstr(r->error, "MIME parts"));
	bd_report_free(&r);
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(test_size_limit)
{
	size_t len;
	char *data = fixture_read("dsn/postfix-user-unknown.eml", &len);
	bd_parse_options opts = {.max_message_size = 1600};
	bd_report *r = bd_parse(data, len, NULL, &opts);

	ck_assert_ptr_nonnull(r->error);
	ck_assert_ptr_nonnull(strstr(r->error, "larger than 1600"));
	ck_assert_int_eq(r->kind,
	                 BD_KIND_DSN); /* the status part lies within the first 1600 bytes */
	ck_assert_ptr_null(r->original_message_id);
	bd_report_free(&r);
	g_free(data);
}
END_TEST

START_TEST(test_header_lines_limit)
{
	/* tiny headers cost GMime hundreds of bytes each: top level and inside a returned message
	 * of a multipart/mixed; the returned message of a report never reaches GMime */
	static const char head[] =
	    "From: MAILER-DAEMON@mx.example.net\nContent-Type: multipart/%s; boundary=h\n\n"
	    "--h\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; h@example.org\n"
	    "Action: failed\nStatus: 5.1.1\n\n--h\nContent-Type: message/rfc822\n\nFrom: "
	    "a@example.org\n";
	GString *top = g_string_new("From: MAILER-DAEMON@mx.example.net\n");
	GString *mixed = g_string_new(NULL);
	GString *report = g_string_new(NULL);
	bd_report *a, *b, *c;

	g_string_printf(mixed, head, "mixed");
	g_string_printf(report, head, "report");
	for (int i = 0; i < BD_PARSE_MAX_HEADER_LINES + 10; i++) {
		g_string_append(top, "X-H: y\n");
		g_string_append(mixed, "X-H: y\n");
		g_string_append(report, "X-H: y\n");
	}
	g_string_append(top, "\nbody\n");
	g_string_append(mixed, "\nbody\n--h--\n");
	g_string_append(report, "\nbody\n--h--\n");
	a = bd_parse(top->str, top->len, NULL, NULL);
	b = bd_parse(mixed->str, mixed->len, NULL, NULL);
	c = bd_parse(report->str, report->len, NULL, NULL);
	ck_assert_ptr_nonnull(a->error);
	ck_assert_ptr_nonnull(strstr(a->error, "header lines"));
	ck_assert_ptr_nonnull(b->error);
	ck_assert_ptr_nonnull(strstr(b->error, "header lines"));
	ck_assert_uint_eq(b->records->len, 1); /* the status part came before the cut */
	ck_assert_ptr_null(c->error);
	ck_assert_uint_eq(c->records->len, 1);
	ck_assert_str_eq(c->original_from, "a@example.org");
	bd_report_free(&a);
	bd_report_free(&b);
	bd_report_free(&c);
	g_string_free(top, TRUE);
	g_string_free(mixed, TRUE);
	g_string_free(report, TRUE);
}
END_TEST

START_TEST(test_long_header_line)
{
	/* a 3 MB Subject is shortened to the header limit, the rest of the message still read;
	 * LF input (parsed in place) and CRLF input (normalised copy) give the same report */
	GString *s = g_string_new("From: MAILER-DAEMON@mx.example.net\nSubject: ");
	GString *crlf = g_string_new(NULL);
	bd_report *r, *c;
	char *j1, *j2;

	for (int i = 0; i < 3 * 1024 * 1024; i++)
		g_string_append_c(s, 'x');
	g_string_append(
	    s, "\nContent-Type: message/delivery-status\n\n"
	       "Final-Recipient: rfc822; long@example.org\nAction: failed\nStatus: 5.1.1\n");
	for (size_t i = 0; i < s->len; i++) {
		if (s->str[i] == '\n')
			g_string_append_c(crlf, '\r');
		g_string_append_c(crlf, s->str[i]);
	}
	r = bd_parse(s->str, s->len, NULL, NULL);
	c = bd_parse(crlf->str, crlf->len, NULL, NULL);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_ptr_nonnull(strstr(r->error, "header longer than"));
	ck_assert_ptr_nonnull(r->subject);
	ck_assert_uint_le(strlen(r->subject), BD_PARSE_MAX_HEADER_BYTES);
	ck_assert_int_eq(r->kind, BD_KIND_DSN);
	j1 = bd_report_to_json(r, NULL);
	j2 = bd_report_to_json(c, NULL);
	ck_assert_str_eq(j1, j2);
	g_free(j1);
	g_free(j2);
	bd_report_free(&r);
	bd_report_free(&c);
	g_string_free(s, TRUE);
	g_string_free(crlf, TRUE);
}
END_TEST

START_TEST(test_long_structured_headers)
{
	/* a long parameter list and a long address list would become millions of GMime objects */
	GString *s = g_string_new("From: a@example.org\nTo: ");
	bd_report *r;

	for (int i = 0; i < 200000; i++)
		g_string_append_printf(s, "u%d@example.org, ", i);
	g_string_append(s, "last@example.org\nContent-Type: text/plain");
	for (int i = 0; i < 200000; i++)
		g_string_append(s, "; a=1");
	g_string_append(s, "\n\nbody\n");
	r = bd_parse(s->str, s->len, NULL, NULL);
	ck_assert_ptr_nonnull(r->error);
	ck_assert_ptr_nonnull(strstr(r->error, "header longer than"));
	ck_assert_str_eq(r->from, "a@example.org");
	bd_report_free(&r);
	g_string_free(s, TRUE);
}
END_TEST

START_TEST(test_garbage)
{
	/* NUL bytes, lone boundaries, headers only, a colon storm: no crash, a report every time */
	static const char *const inputs[] = {
	    "\0\0\0\0",
	    "--\n--\n--\n",
	    "Content-Type: multipart/report; boundary=\"\"\n\n----\n",
	    "From: a\n",
	    ":::::::\n\n",
	    "Content-Type: message/delivery-status\n\nFinal-Recipient:\n\n\n",
	    "Content-Type: message/rfc822\n\nContent-Type: message/rfc822\n\n",
	};
	const size_t lens[] = {4, 9, 50, 8, 9, 60, 60};

	for (size_t i = 0; i < G_N_ELEMENTS(inputs); i++) {
		bd_report *r = bd_parse(
		    inputs[i], MIN(lens[i], strlen(inputs[i]) ? strlen(inputs[i]) : lens[i]), NULL,
		    NULL);
		char *json = bd_report_to_json(r, "x");

		ck_assert_ptr_nonnull(json);
		g_free(json);
		bd_report_free(&r);
	}
	{
		bd_report *r = bd_parse(NULL, 0, NULL, NULL);

		ck_assert_str_eq(r->error, "empty message");
		bd_report_free(&r);
	}
}
END_TEST

/* thread_parse - parse every fixture of the table and return the concatenated JSON */
static gpointer
thread_parse(gpointer unused)
{
	GString *out = g_string_new(NULL);

	for (int round = 0; round < 5; round++) {
		for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
			size_t len;
			char *data = fixture_read(cases[i].file, &len);
			char *json = report_json(data, len);

			if (round == 0)
				g_string_append(out, json);
			g_free(json);
			g_free(data);
		}
	}
	return g_string_free(out, FALSE);
}

START_TEST(test_threads)
{
	GThread *threads[4];
	char *serial = thread_parse(NULL);

	for (int i = 0; i < 4; i++)
		threads[i] = g_thread_new("parse", thread_parse, NULL);
	for (int i = 0; i < 4; i++) {
		char *got = g_thread_join(threads[i]);

		ck_assert_str_eq(got, serial);
		g_free(got);
	}
	g_free(serial);
}
END_TEST

/* first_text_part - the first leaf part of a parsed message (for text_part_append tests) */
static GMimePart *
first_text_part(GMimeMessage *msg)
{
	GMimeObject *obj = g_mime_message_get_mime_part(msg);

	while (GMIME_IS_MULTIPART(obj))
		obj = g_mime_multipart_get_part(GMIME_MULTIPART(obj), 0);
	return GMIME_PART(obj);
}

/* text_of - the text_part_append result for a one-part message */
static char *
text_of(const char *msg, size_t len, size_t max)
{
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(msg, len);
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	GMimeMessage *m = g_mime_parser_construct_message(parser, NULL);
	GString *out = g_string_new(NULL);

	text_part_append(first_text_part(m), out, max);
	g_object_unref(m);
	g_object_unref(parser);
	g_object_unref(stream);
	return g_string_free(out, FALSE);
}

/* Text parts in several charsets and forms, and the UTF-8 text they must give. */
static const struct {
	const char *part; /* headers, blank line, body */
	size_t max;
	const char *text;
} charset_cases[] = {
    /* ISO-2022-JP in base64; Shift_JIS 8bit; undeclared ISO-2022-JP */
    {"Content-Type: text/plain; charset=ISO-2022-JP\n"
     "Content-Transfer-Encoding: base64\n\nGyRCJUYlOSVIGyhC\n",
     1000, "テスト"},
    {"Content-Type: text/plain; charset=Shift_JIS\n"
     "Content-Transfer-Encoding: 8bit\n\n\x83\x65\x83\x58\x83\x67\n",
     1000, "テスト\n"},
    {"Content-Type: text/plain\n\n\x1b$B%F%9%H\x1b(B\n", 1000, "テスト\n"},
    /* undeclared 8-bit: Shift_JIS with kana is read as such; other bytes that are not UTF-8
     * are read one by one as windows-1252 (Latin-1 and its C1 punctuation), the valid UTF-8
     * around them kept, a character cut at the end left as it is */
    {"Content-Type: text/plain\n\n\x83\x65\x83\x58\x83\x67\x82\xc5\x82\xb7\n", 1000,
     "テストです\n"},
    {"Content-Type: text/plain\n\ncaf\xe9 r\xe9sum\xe9\n", 1000, "café résumé\n"},
    {"Content-Type: text/plain; charset=utf-8\n\nEmpf\xe4nger \x93unbekannt\x94 \x80 "
     "caf\xc3\xa9\n",
     1000, "Empfänger “unbekannt” € café\n"},
    {"Content-Type: text/plain\n\nna\xefve caf\xc3", 1000, "naïve caf\xc3"},
    /* Latin-1 whose last accented letter is near the end: no UTF-8 cut off */
    {"Content-Type: text/plain\n\ncaf\xe9\n", 1000, "café\n"},
    {"Content-Type: text/plain\n\nrefus\xe9.\n", 1000, "refusé.\n"},
    {"Content-Type: text/plain\n\ncaf\xc3", 1000, "caf\xc3"},
    {"Content-Type: text/html\n\n<html><style>p{}</style><p>550&nbsp;5.1.1 &lt;a@b&gt;</p>"
     "<script>x()</script>user&#32;unknown<br>end</html>\n",
     1000, "550 5.1.1 <a@b>\nuser unknown\nend\n"},
    /* Latin-1 in quoted-printable, whole and cut at the limit */
    {"Content-Type: text/plain; charset=iso-8859-1\n"
     "Content-Transfer-Encoding: quoted-printable\n\nEmpf=E4nger unbekannt\n",
     1000, "Empfänger unbekannt\n"},
    {"Content-Type: text/plain; charset=iso-8859-1\n"
     "Content-Transfer-Encoding: quoted-printable\n\nEmpf=E4nger unbekannt\n",
     4, "Empf"},
    /* Japanese labels GMime cannot convert ("Windows-31J", "x-sjis", "x-euc-jp") and NEC
     * signs strict Shift_JIS/EUC-JP refuse ("①"): read as CP932 / EUC-JP-MS */
    {"Content-Type: text/plain; charset=Windows-31J\n\n\x87\x40\x83\x65\x83\x58\x83\x67\n", 1000,
     "①テスト\n"},
    {"Content-Type: text/plain; charset=x-sjis\n\n\x83\x65\x83\x58\x83\x67\x82\xc5\x82\xb7\n", 1000,
     "テストです\n"},
    {"Content-Type: text/plain; charset=Shift_JIS\n\n\x87\x40\x83\x65\x83\x58\x83\x67\n", 1000,
     "①テスト\n"},
    {"Content-Type: text/plain; charset=x-euc-jp\n\n\xad\xa1\xa5\xc6\xa5\xb9\xa5\xc8\n", 1000,
     "①テスト\n"},
    /* an unknown label leaves the bytes undeclared: kana under Shift_JIS still read */
    {"Content-Type: text/plain; "
     "charset=x-unknown-charset\n\n\x83\x65\x83\x58\x83\x67\x82\xc5\x82\xb7\n",
     1000, "テストです\n"},
    /* ISO-2022-JP labelled ISO-8859-1 by an old gateway: the escapes show through */
    {"Content-Type: text/plain; charset=iso-8859-1\n\n\x1b$B%F%9%H\x1b(B\n", 1000, "テスト\n"},
};

START_TEST(test_text_charsets)
{
	const char *part = charset_cases[_i].part;
	char *t = text_of(part, strlen(part), charset_cases[_i].max);

	ck_assert_str_eq(t, charset_cases[_i].text);
	g_free(t);
}
END_TEST

/* charsets8: text left undeclared or labelled us-ascii is read in the charset the message's
 * own encoded headers name (the hint), when all of it converts; Latin-1, windows-1252, UTF-8
 * and ASCII hints leave the byte-wise windows-1252 repair, and Japanese comes first */
static char *
text_of_hint(const char *msg, const char *hint)
{
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(msg, strlen(msg));
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	GMimeMessage *m = g_mime_parser_construct_message(parser, NULL);
	GString *out = g_string_new(NULL);

	text_part_append_hint(first_text_part(m), out, 1000, hint);
	g_object_unref(m);
	g_object_unref(parser);
	g_object_unref(stream);
	return g_string_free(out, FALSE);
}

START_TEST(test_text_charset_hint)
{
	static const struct {
		const char *part, *hint, *text;
	} hint_cases[] = {
	    {"Content-Type: text/plain; charset=us-ascii\n\np\xf8\xedjemce \x9a\n", "windows-1250",
	     "příjemce š\n"},
	    {"Content-Type: text/plain\n\n\xe1\xc4\xd2\xc5\xd3\n", "KOI8-R", "Адрес\n"},
	    {"Content-Type: text/plain\n\nl\x92"
	     "adresse\n",
	     "iso-8859-1", "l’adresse\n"},
	    {"Content-Type: text/plain\n\nl\x92"
	     "adresse\n",
	     "utf-8", "l’adresse\n"},
	    {"Content-Type: text/plain\n\nl\x92"
	     "adresse\n",
	     NULL, "l’adresse\n"},
	    /* a declared charset is kept; the hint reads only undeclared text */
	    {"Content-Type: text/plain; charset=iso-8859-2\n\n\xb9\n", "windows-1250", "š\n"},
	    /* kana under Shift_JIS still wins */
	    {"Content-Type: text/plain\n\n\x83\x65\x83\x58\x83\x67\x82\xc5\x82\xb7\n", "KOI8-R",
	     "テストです\n"},
	    /* a hint the bytes do not fit (invalid EUC-KR) leaves the windows-1252 repair */
	    {"Content-Type: text/plain\n\ncaf\xe9 cr\xe8me br\xfbl\xe9"
	     "e\n",
	     "euc-kr", "café crème brûlée\n"},
	};
	char *cs;

	for (size_t i = 0; i < G_N_ELEMENTS(hint_cases); i++) {
		char *t = text_of_hint(hint_cases[i].part, hint_cases[i].hint);

		ck_assert_msg(strcmp(t, hint_cases[i].text) == 0, "case %zu: %s", i, t);
		g_free(t);
	}
	cs = text_encoded_charset("=?windows-1250?Q?Zpr=E1va?=");
	ck_assert_str_eq(cs, "windows-1250");
	g_free(cs);
	cs = text_encoded_charset(" x =?iso-2022-jp*ja?B?GyRC?=");
	ck_assert_str_eq(cs, "iso-2022-jp");
	g_free(cs);
	ck_assert_ptr_null(text_encoded_charset("Undelivered Mail"));
	ck_assert_ptr_null(text_encoded_charset("=? broken"));
	ck_assert_ptr_null(text_encoded_charset(NULL));
}
END_TEST

static Suite *
mime_suite(void)
{
	Suite *s = suite_create("mime");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, test_fixture, 0, G_N_ELEMENTS(cases));
	tcase_add_test(tc, test_failure_never_autoreply);
	tcase_add_test(tc, test_text_charset_hint);
	tcase_add_test(tc, test_not_spam_record_only);
	tcase_add_test(tc, test_abuse_report_opener_needs_message);
	tcase_add_test(tc, test_abuse_report_opener_not_in_dsn);
	tcase_add_test(tc, test_feedback_fields_in_text_plain);
	tcase_add_test(tc, test_alternative_read_once);
	tcase_add_loop_test(tc, test_autoreply_moved, 0, G_N_ELEMENTS(moved_cases));
	tcase_add_test(tc, test_autoreply_moved_first_person);
	tcase_add_test(tc, test_autoreply_moved_gap);
	tcase_add_test(tc, test_autoreply_temporary_stays_vacation);
	tcase_add_test(tc, test_autoreply_moved_quoted);
	tcase_add_test(tc, test_autoreply_moved_but_alive);
	tcase_add_test(tc, test_autoreply_moved_not_forwarded);
	tcase_add_test(tc, test_subject_padded_words);
	tcase_add_test(tc, test_subject_empty_word);
	tcase_add_test(tc, test_text_composed_beside_bad_bytes);
	tcase_add_test(tc, test_subject_encoded_flood);
	tcase_add_test(tc, test_original_subject_encoded_flood);
	tcase_add_test(tc, test_autoreply_body_rules);
	tcase_add_test(tc, test_autoreply_body_scan_bound);
	tcase_add_test(tc, test_reply_quoting_bounce);
	tcase_add_test(tc, test_reply_inline_original);
	tcase_add_test(tc, test_nested_bounce);
	tcase_add_test(tc, test_autoreply_guards);
	tcase_add_test(tc, test_message_fields);
	tcase_add_loop_test(tc, test_record, 0, G_N_ELEMENTS(record_cases));
	tcase_add_test(tc, test_json_string_words);
	tcase_add_test(tc, test_original_sources);
	tcase_add_test(tc, test_original_returned);
	tcase_add_test(tc, test_subject_utf8);
	tcase_add_test(tc, test_subject_raw_shiftjis);
	tcase_add_test(tc, test_halfwidth_katakana_folded);
	tcase_add_loop_test(tc, test_text_helpers, 0, G_N_ELEMENTS(text_cases));
	tcase_add_test(tc, test_autoreply_phrases_live);
	tcase_add_test(tc, test_eml_attachment_empty);
	tcase_add_loop_test(tc, test_json_string, 0, G_N_ELEMENTS(json_cases));
	tcase_add_test(tc, test_campaign_option);
	tcase_add_test(tc, test_envelope_verp);
	tcase_add_test(tc, test_line_ends_equal);
	tcase_add_test(tc, test_nesting_5000);
	tcase_add_test(tc, test_nesting_spaced_header);
	tcase_add_test(tc, test_nesting_small_stack);
	tcase_add_test(tc, test_depth_limit);
	tcase_add_test(tc, test_parts_limit);
	tcase_add_test(tc, test_parts_limit_returned_part_left_out);
	tcase_add_test(tc, test_parts_without_headers);
	tcase_add_test(tc, test_size_limit);
	tcase_add_test(tc, test_header_lines_limit);
	tcase_add_test(tc, test_long_header_line);
	tcase_add_test(tc, test_long_structured_headers);
	tcase_add_test(tc, test_garbage);
	tcase_add_test(tc, test_threads);
	tcase_add_test(tc, test_attached_bounce_own_text);
	tcase_add_test(tc, test_attached_free_text_bounces);
	tcase_add_loop_test(tc, test_text_charsets, 0, G_N_ELEMENTS(charset_cases));
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr;
	int failed;

	bd_parse_init();
	sr = srunner_create(mime_suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
