/* scrape_families.c - the rule tables: one family per MTA or provider that writes free-text bounces
 */
#include <stddef.h>
#include "scrape_rules.h"

/*
 * Every text here is lower case; rows are matched as substrings of the
 * lower-cased line.  Adding an MTA means adding a detect list, perhaps a
 * table of rows, and one entry in scrape_families[].
 */
/* clang-format off */
#define START(t, id)       {SCRAPE_R_START, t, NULL, id}
#define END(t, id)         {SCRAPE_R_END, t, NULL, id}
#define END_PREFIX(t, id)  {SCRAPE_R_END_PREFIX, t, NULL, id}
#define RCPT_PREFIX(t, id) {SCRAPE_R_RCPT_PREFIX, t, NULL, id}
#define RCPT_AFTER(t, id)  {SCRAPE_R_RCPT_AFTER, t, NULL, id}
/* a label that a notice also uses for its own help desk ("Contact: support@x"): the address
 * names a recipient only when it is no role mailbox and not of the notice's own domain */
#define RCPT_PREFIX_OTHER(t, id) {SCRAPE_R_RCPT_PREFIX, t, SCRAPE_RCPT_OTHER, id}
#define RCPT_BEFORE(t, id) {SCRAPE_R_RCPT_BEFORE, t, NULL, id}
#define SKIP(t, id)        {SCRAPE_R_SKIP, t, NULL, id}
#define SKIP_LINE(t, id)   {SCRAPE_R_SKIP_LINE, t, NULL, id}
#define COMMAND(t, c, id)  {SCRAPE_R_COMMAND, t, c, id}
#define COMMAND_ELSE(t, c, id) {SCRAPE_R_COMMAND_ELSE, t, c, id}
#define HOST_AFTER(t, id)  {SCRAPE_R_HOST_AFTER, t, NULL, id}
#define HOST_BEFORE(t, id) {SCRAPE_R_HOST_BEFORE, t, NULL, id}
#define PERMANENT(t, id)   {SCRAPE_R_PERMANENT, t, NULL, id}
#define BREAK(t, id)       {SCRAPE_R_BREAK, t, NULL, id}
#define HOST_SECTION(t, id) {SCRAPE_R_HOST_SECTION, t, NULL, id}
#define REPLY(t, id)       {SCRAPE_R_REPLY, t, NULL, id}
#define RCPT_REPLACE(t, id) {SCRAPE_R_RCPT_REPLACE, t, NULL, id}
#define RULES_END          {0, NULL, NULL, NULL}

#define FROM(t)     {SCRAPE_IN_FROM, t, NULL}
#define FROM2(t, u) {SCRAPE_IN_FROM, t, u}
#define SUBJECT(t)  {SCRAPE_IN_SUBJECT, t, NULL}
#define HEADER(t)   {SCRAPE_IN_HEADERS, t, NULL}
#define BODY(t)     {SCRAPE_IN_BODY, t, NULL}
#define STATUS(t)   {SCRAPE_IN_STATUS, t, NULL}
#define DETECT_END  {0, NULL, NULL}

/* Rows every family shares: where a returned message starts, commands, hosts, delays. */
const scrape_rule scrape_common_rules[] = {
	END("------ this is a copy of the message", "end.copy.this-is-a-copy-of-the"),
	END("------ this is a copy of your message", "end.copy.this-is-a-copy-of-your"),
	END("--- below this line is a copy of the message", "end.copy.below-this-line-is-a-copy-of"),
	/* qmail-send's double bounce: the bounce it could not return follows, whose own failures
	 * are no failure of this notice */
	END("--- below this line is the original bounce", "end.copy.below-this-line-is-the-original-bounce"),
	END("--- enclosed is a copy of the message", "end.copy.enclosed-is-a-copy-of-the"),
	END("original message follows", "end.original.original-message-follows"),
	END("----- original message -----", "end.original.original-message"),
	END("------ original message ------", "end.original.original-message-3"),
	END("----- unsent message follows -----", "end.original.unsent-message-follows"),
	END("----- message header follows -----", "end.original.message-header-follows"),
	END("--- the header of the original message is following", "end.original.the-header-of-the-original"),
	END("included is a copy of the message header", "end.original.included-is-a-copy-of-the"),
	END("original message headers:", "end.original.original-message-headers"),
	END("message headers follow", "end.original.message-headers-follow"),
	END("-------original message", "end.original.original-message-4"),
	/* Outlook's separator for a message printed inline */
	END("-----original message-----", "end.original.original-message-5"),
	END("-------original mail info", "end.original.original-mail-info"),
	END("------- returned message", "end.original.returned-message"),
	/* family10: "--- Returned message follows ---" */
	END("returned message follows", "end.original.returned-message-follows"),
	/* i18n16: the same separators translated, "--- Di seguito è riportata una copia del
	 * messaggio originale", "--- Segue abaixo uma cópia da mensagem original", "--- Cabeçalhos da
	 * mensagem original:" (Yahoo's, MDaemon's and ISPs' localised notices): the copy or headers of
	 * "the original message", so a reason line never ends there */
	END("copia del messaggio originale", "end.copy.it-copia-del-messaggio-originale"),
	END("cópia da mensagem original", "end.copy.pt-copia-da-mensagem-original"),
	END("copia del mensaje original", "end.copy.es-copia-del-mensaje-original"),
	END("copie du message d'origine", "end.copy.fr-copie-du-message-d-origine"),
	END("copie du message original", "end.copy.fr-copie-du-message-original"),
	END("cabeçalhos da mensagem original", "end.original.pt-cabecalhos"),
	END("encabezados del mensaje original", "end.original.es-encabezados"),
	END("intestazioni del messaggio originale", "end.original.it-intestazioni"),
	/* paraphrase8: "The first lines of your message follow:" (Mercury/32-style notices) */
	END("first lines of your message", "end.original.first-lines-of-your-message"),
	/* japan12: the same separators in Japanese notices (localised qmail and Postfix, carriers):
	 * "--- 以下は元のメッセージのコピーです", "返送されたメッセージのコピー", "------ 元のメッセージ
	 * のヘッダー ------" */
	END("元のメッセージのコピー", "end.copy.ja-moto-no-message-no-copy"),
	END("返送されたメッセージのコピー", "end.copy.ja-hensou-sareta-message-no-copy"),
	END("元のメッセージのヘッダ", "end.original.ja-moto-no-message-no-header"),
	END_PREFIX("received: ", "end.headers"),
	END_PREFIX("received:from", "end.headers.received-from"),
	END_PREFIX("return-path: ", "end.headers.return-path"),
	END_PREFIX("content-type: message/rfc822", "end.headers.content-type-message-rfc822"),
	COMMAND("after rcpt to:", "RCPT", "cmd.after-rcpt"),
	/* the stage named in words: "refused the address when we sent RCPT TO:<a@b>:", "the
	 * remote host answered RCPT TO:<a@b> with:" */
	COMMAND("sent rcpt to:", "RCPT", "cmd.sent-rcpt-words"),
	COMMAND("sent mail from:", "MAIL", "cmd.sent-mail-words"),
	COMMAND("answered rcpt to:", "RCPT", "cmd.answered-rcpt"),
	COMMAND("answered our rcpt to:", "RCPT", "cmd.answered-rcpt.answered-our-rcpt-to"),
	COMMAND("answered mail from:", "MAIL", "cmd.answered-mail"),
	COMMAND("answered our mail from:", "MAIL", "cmd.answered-mail.answered-our-mail-from"),
	COMMAND("after pipelined rcpt to:", "RCPT", "cmd.after-rcpt.after-pipelined-rcpt-to"),
	COMMAND("after rcpt command", "RCPT", "cmd.after-rcpt.after-rcpt-command"),
	/* the stage in parentheses after the reply: "550 5.1.1 … does not exist. (RCPT TO)" */
	COMMAND("(rcpt to)", "RCPT", "cmd.after-rcpt.parenthesised"),
	/* family15: "550 5.1.1 … User unknown (after RCPT TO)" (appliances, Momentum) */
	COMMAND("(after rcpt to)", "RCPT", "cmd.after-rcpt.parenthesised-after"),
	COMMAND("(after mail from)", "MAIL", "cmd.after-mail.parenthesised-after"),
	/* family15: a notice's own sentence, "rejected … during the RCPT TO stage" */
	COMMAND("during the rcpt to", "RCPT", "cmd.during-rcpt"),
	COMMAND("during the mail from", "MAIL", "cmd.during-mail"),
	/* family22: a notice's label over the reply, "Error for RCPT TO: 550 5.1.1 …" */
	COMMAND("error for rcpt to", "RCPT", "cmd.error-for-rcpt"),
	COMMAND("error for mail from", "MAIL", "cmd.error-for-mail"),
	COMMAND("after mail from:", "MAIL", "cmd.after-mail"),
	COMMAND("after pipelined mail from:", "MAIL", "cmd.after-mail.after-pipelined-mail-from"),
	COMMAND("after mail command", "MAIL", "cmd.after-mail.after-mail-command"),
	/* GMX and others name the verb in full: "after MAIL FROM command", "after RCPT TO command" */
	COMMAND("after mail from command", "MAIL", "cmd.after-mail.after-mail-from-command"),
	COMMAND("after rcpt to command", "RCPT", "cmd.after-rcpt.after-rcpt-to-command"),
	/* paraphrase3: a notice's own words for the stage, "rejected the address at RCPT TO:",
	 * "refused at MAIL FROM" */
	COMMAND("at rcpt to", "RCPT", "cmd.at-rcpt"),
	COMMAND("at mail from", "MAIL", "cmd.at-mail"),
	/* i18n17: the same in German and French: "hat den Empfänger beim RCPT TO abgelehnt", "refusé
	 * lors du RCPT TO" */
	COMMAND("beim rcpt to", "RCPT", "cmd.de-beim-rcpt"),
	COMMAND("beim mail from", "MAIL", "cmd.de-beim-mail"),
	COMMAND("lors du rcpt to", "RCPT", "cmd.fr-lors-du-rcpt"),
	COMMAND("lors du mail from", "MAIL", "cmd.fr-lors-du-mail"),
	/* i18n35: Turkish "RCPT TO aşamasında" (at the RCPT TO stage) */
	COMMAND("rcpt to aşamasında", "RCPT", "cmd.tr-rcpt-asamasinda"),
	COMMAND("mail from aşamasında", "MAIL", "cmd.tr-mail-asamasinda"),
	COMMAND("after end of data", "DATA", "cmd.after-data"),
	COMMAND("after pipelined data", "DATA", "cmd.after-data.after-pipelined-data"),
	COMMAND("after data", "DATA", "cmd.after-data.after-data"),
	COMMAND("after initial connection", "CONN", "cmd.after-connect"),
	/* heldout37: Exim's "Remote host closed connection in response to end of data" */
	COMMAND("in response to end of data", "DATA", "cmd.in-response-to-data"),
	COMMAND("in response to rcpt to", "RCPT", "cmd.in-response-to-rcpt"),
	COMMAND("in response to mail from", "MAIL", "cmd.in-response-to-mail"),
	COMMAND("in response to initial connection", "CONN", "cmd.in-response-to-connect"),
	COMMAND("after ehlo", "EHLO", "cmd.after-ehlo"),
	COMMAND("after helo", "HELO", "cmd.after-helo"),
	COMMAND("after starttls", "STARTTLS", "cmd.after-starttls"),
	COMMAND("in reply to rcpt to command", "RCPT", "cmd.in-reply-rcpt"),
	COMMAND("in reply to mail from command", "MAIL", "cmd.in-reply-mail"),
	COMMAND("in reply to end of data command", "DATA", "cmd.in-reply-data"),
	COMMAND("in reply to data command", "DATA", "cmd.in-reply-data.in-reply-to-data-command"),
	COMMAND("in reply to ehlo command", "EHLO", "cmd.in-reply-ehlo"),
	COMMAND("in reply to helo command", "HELO", "cmd.in-reply-helo"),
	COMMAND("[rcpt_to]", "RCPT", "cmd.tag-rcpt"),
	COMMAND("[mail_from]", "MAIL", "cmd.tag-mail"),
	/* Yahoo tags the stage of a remote reply: [RCPT_TO], [MAIL_FROM], [BODY] */
	COMMAND("[body]", "DATA", "cmd.tag-body"),
	/* family18: Yahoo! JAPAN's tag of a reply to the DATA command, "552 5.3.4 … [DATA]" */
	COMMAND("[data]", "DATA", "cmd.tag-data"),
	/* and the reply to the message's final dot: [END_OF_MESSAGE] */
	COMMAND("[end_of_message]", "DATA", "cmd.tag-end-of-message"),
	COMMAND("rcpt to response", "RCPT", "cmd.rcpt-response"),
	COMMAND("does not like recipient", "RCPT", "cmd.rcpt-refused"),
	COMMAND("sender was rejected", "MAIL", "cmd.sender-refused"),
	/* family19: qmail's own line for a refused envelope sender ("x does not like sender."), and
	 * dma's "remote host did not accept MAIL FROM: 550 …" */
	COMMAND("does not like sender", "MAIL", "cmd.sender-refused.does-not-like-sender"),
	COMMAND("did not accept mail from", "MAIL", "cmd.after-mail.did-not-accept-mail-from"),
	COMMAND("did not accept rcpt to", "RCPT", "cmd.after-rcpt.did-not-accept-rcpt-to"),
	COMMAND("failed after i sent the message", "DATA", "cmd.after-message"),
	COMMAND("did not like our final data", "DATA", "cmd.after-data.did-not-like-our-final-data"),
	/* dma names the command the remote refused: "did not like our DATA: 552 …" */
	COMMAND("did not like our data", "DATA", "cmd.after-data.did-not-like-our-data"),
	COMMAND("did not like our rcpt to", "RCPT", "cmd.after-rcpt.did-not-like-our-rcpt-to"),
	COMMAND("did not like our mail from", "MAIL", "cmd.after-mail.did-not-like-our-mail-from"),
	/* dma falls back to HELO when EHLO is refused: "did not like our HELO:" */
	COMMAND("did not like our ehlo", "EHLO", "cmd.after-ehlo.did-not-like-our-ehlo"),
	COMMAND("did not like our helo", "HELO", "cmd.after-helo.did-not-like-our-helo"),
	COMMAND("error following rcpt command", "RCPT", "cmd.after-rcpt.error-following-rcpt-command"),
	/* heldout40: the same writer's (x6, "We had trouble delivering your message") other stages,
	 * "(Error following DATA command)", "(Error following MAIL command)" */
	COMMAND("error following data command", "DATA", "cmd.after-data.error-following-data-command"),
	COMMAND("error following mail command", "MAIL", "cmd.after-mail.error-following-mail-command"),
	COMMAND("error following mail from command", "MAIL",
	        "cmd.after-mail.error-following-mail-from-command"),
	/* rarefam: "SMTP error from remote server for RCPT command:" (IMail and other Windows MTAs) */
	COMMAND("for rcpt command", "RCPT", "cmd.for-rcpt-command"),
	COMMAND("for mail command", "MAIL", "cmd.for-mail-command"),
	COMMAND("for mail from command", "MAIL", "cmd.for-mail-command.for-mail-from-command"),
	COMMAND("for data command", "DATA", "cmd.for-data-command"),
	COMMAND(">>> rcpt to", "RCPT", "cmd.transcript-rcpt.rcpt-to-3"),
	COMMAND(">>> mail from", "MAIL", "cmd.transcript-mail"),
	COMMAND(">>> data", "DATA", "cmd.transcript-data.data-3"),
	COMMAND("in:  data", "DATA", "cmd.transcript-data.in-data"),
	/* MDaemon's transcript: "--> RCPT To:<a>", "--> DATA" */
	COMMAND("--> rcpt to", "RCPT", "cmd.transcript-rcpt.rcpt-to"),
	COMMAND("--> mail from", "MAIL", "cmd.transcript-mail.mail-from"),
	COMMAND("--> data", "DATA", "cmd.transcript-data.data"),
	/* family10: the client's QUIT in a session transcript ("… 13:20:03: --> QUIT", ">>> QUIT")
	 * ends the exchange: what follows (the transcript's closing lines) is no part of the reply */
	BREAK("--> quit", "break.transcript-quit"),
	BREAK(">>> quit", "break.transcript-quit.quit-3"),
	/* hMailServer: "hMailServer sent: RCPT TO:<a>" / "sent: ." then "Remote server replied:" */
	COMMAND("sent: rcpt to", "RCPT", "cmd.sent-rcpt.sent-rcpt-to"),
	COMMAND("sent: mail from", "MAIL", "cmd.sent-mail.sent-mail-from"),
	COMMAND("sent: data", "DATA", "cmd.sent-data.sent-data"),
	COMMAND("sent: .\n", "DATA", "cmd.sent-dot.sent"),
	/* Stalwart: "(host 'mx' rejected command 'RCPT TO:<a>' with code 550 (5.1.1) '…')" */
	COMMAND("rejected command 'rcpt to", "RCPT", "cmd.rejected-command-rcpt"),
	COMMAND("rejected command 'mail from", "MAIL", "cmd.rejected-command-mail"),
	COMMAND("rejected command 'data", "DATA", "cmd.rejected-command-data"),
	COMMAND("rejected command 'bdat", "DATA", "cmd.rejected-command-data.rejected-command-bdat"),
	COMMAND("rejected command 'ehlo", "EHLO", "cmd.rejected-command-ehlo"),
	COMMAND("rejected command 'helo", "HELO", "cmd.rejected-command-helo"),
	COMMAND("rejected command 'starttls", "STARTTLS", "cmd.rejected-command-starttls"),
	/* japan6: the stage in Japanese, the command's name kept in ASCII: "(RCPT TO に対して)",
	 * "MAIL FROM に対する応答", "DATA コマンドの後に次のエラーを返しました" */
	COMMAND("rcpt to に対", "RCPT", "cmd.ja-ni-taishite-rcpt"),
	COMMAND("rcpt to コマンドに対", "RCPT", "cmd.ja-ni-taishite-rcpt.command"),
	COMMAND("rcpt to コマンドの後", "RCPT", "cmd.ja-no-ato-rcpt"),
	COMMAND("mail from に対", "MAIL", "cmd.ja-ni-taishite-mail"),
	COMMAND("mail from コマンドに対", "MAIL", "cmd.ja-ni-taishite-mail.command"),
	COMMAND("mail from コマンドの後", "MAIL", "cmd.ja-no-ato-mail"),
	COMMAND("data コマンドに対", "DATA", "cmd.ja-ni-taishite-data"),
	COMMAND("data コマンドの後", "DATA", "cmd.ja-no-ato-data"),
	/* japan11: "RCPT TO の段階で拒否" (at the RCPT TO stage) */
	COMMAND("rcpt to の段階", "RCPT", "cmd.ja-no-dankai-rcpt"),
	COMMAND("mail from の段階", "MAIL", "cmd.ja-no-dankai-mail"),
	COMMAND("data の段階", "DATA", "cmd.ja-no-dankai-data"),
	/* japan15 (second batch): Postfix's "(in reply to RCPT TO command)" translated, "(RCPT TO
	 * コマンドへの応答)" */
	COMMAND("rcpt to コマンドへの", "RCPT", "cmd.ja-command-e-no-rcpt"),
	COMMAND("mail from コマンドへの", "MAIL", "cmd.ja-command-e-no-mail"),
	COMMAND("data コマンドへの", "DATA", "cmd.ja-command-e-no-data"),
	/* i18n20: the stage in Malay and Indonesian, the command's name kept in ASCII ("semasa
	 * arahan RCPT TO", "pada perintah RCPT TO"), Turkish "RCPT TO komutuna", Vietnamese "lệnh
	 * RCPT TO" */
	COMMAND("arahan rcpt to", "RCPT", "cmd.ms-arahan-rcpt"),
	COMMAND("arahan mail from", "MAIL", "cmd.ms-arahan-mail"),
	COMMAND("arahan data", "DATA", "cmd.ms-arahan-data"),
	COMMAND("perintah rcpt to", "RCPT", "cmd.id-perintah-rcpt"),
	COMMAND("perintah mail from", "MAIL", "cmd.id-perintah-mail"),
	COMMAND("perintah data", "DATA", "cmd.id-perintah-data"),
	COMMAND("rcpt to komut", "RCPT", "cmd.tr-rcpt-komut"),
	COMMAND("mail from komut", "MAIL", "cmd.tr-mail-komut"),
	COMMAND("lệnh rcpt to", "RCPT", "cmd.vi-lenh-rcpt"),
	COMMAND("lệnh mail from", "MAIL", "cmd.vi-lenh-mail"),
	/* i18n25: the same in hosters' Spanish, Portuguese, Italian and French templates ("en
	 * respuesta al comando RCPT TO", "em resposta ao comando RCPT TO", "in risposta al comando
	 * RCPT TO", "en réponse à la commande RCPT TO") */
	COMMAND("comando rcpt to", "RCPT", "cmd.es-pt-it-comando-rcpt"),
	COMMAND("comando mail from", "MAIL", "cmd.es-pt-it-comando-mail"),
	COMMAND("comando data", "DATA", "cmd.es-pt-it-comando-data"),
	COMMAND("commande rcpt to", "RCPT", "cmd.fr-commande-rcpt"),
	COMMAND("commande mail from", "MAIL", "cmd.fr-commande-mail"),
	COMMAND("commande data", "DATA", "cmd.fr-commande-data"),
	/* i18n26: the stage in Danish, Norwegian and Swedish templates ("som svar på kommandoen
	 * RCPT TO", "som svar på kommandot RCPT TO") and Finnish ("vastauksena RCPT TO -komentoon") */
	COMMAND("kommandoen rcpt to", "RCPT", "cmd.da-no-kommandoen-rcpt"),
	COMMAND("kommandoen mail from", "MAIL", "cmd.da-no-kommandoen-mail"),
	COMMAND("kommandoen data", "DATA", "cmd.da-no-kommandoen-data"),
	COMMAND("kommandot rcpt to", "RCPT", "cmd.sv-kommandot-rcpt"),
	COMMAND("kommandot mail from", "MAIL", "cmd.sv-kommandot-mail"),
	COMMAND("kommandot data", "DATA", "cmd.sv-kommandot-data"),
	COMMAND("rcpt to -komento", "RCPT", "cmd.fi-rcpt-komento"),
	COMMAND("mail from -komento", "MAIL", "cmd.fi-mail-komento"),
	COMMAND("data-komento", "DATA", "cmd.fi-data-komento"),
	/* i18n27: German templates ("als Antwort auf das Kommando RCPT TO") */
	COMMAND("das kommando rcpt to", "RCPT", "cmd.de-das-kommando-rcpt"),
	COMMAND("das kommando mail from", "MAIL", "cmd.de-das-kommando-mail"),
	COMMAND("das kommando data", "DATA", "cmd.de-das-kommando-data"),
	/* a connection that never opened, in the words of the system's error (errno): the
	 * failure is at the connection stage, before any command (Postfix's "connect to
	 * mx[ip]:25: Connection timed out", Sendmail's "Deferred: Connection refused by mx.",
	 * Exim's "Connection timed out"); only when no row names a command, since a session
	 * may break later ("… while sending DATA").  Not "connect to" alone: a local program
	 * "cannot connect to database" */
	COMMAND_ELSE("connection timed out", "CONN", "cmd.connect-failed"),
	COMMAND_ELSE("connection refused", "CONN", "cmd.connect-failed.connection-refused"),
	COMMAND_ELSE("refused the connection", "CONN", "cmd.connect-failed.refused-the-connection"),
	COMMAND_ELSE("no route to host", "CONN", "cmd.connect-failed.no-route-to-host"),
	COMMAND_ELSE("network is unreachable", "CONN", "cmd.connect-failed.network-is-unreachable"),
	COMMAND_ELSE("host is unreachable", "CONN", "cmd.connect-failed.host-is-unreachable"),
	HOST_AFTER("host ", "host.host"),
	HOST_AFTER("while talking to ", "host.talking"),
	HOST_AFTER("remote system: dns; ", "host.remote-system"),
	HOST_AFTER("remote-mta: dns; ", "host.remote-mta"),
	HOST_AFTER("smtp server <", "host.smtp-server"),
	/* the host a connection failed to: Postfix's "connect to mx.example.net[192.0.2.1]:25:",
	 * Sendmail's "Connection refused by mx.example.net." / "Connection timed out with mx." */
	HOST_AFTER("connect to ", "host.connect-to"),
	HOST_AFTER("connection refused by ", "host.connect-refused-by"),
	HOST_AFTER("timed out with ", "host.timed-out-with"),
	HOST_BEFORE(" does not like recipient", "host.refused"),
	HOST_BEFORE(" does not like sender", "host.refused.does-not-like-sender"),
	HOST_BEFORE(" did not like our", "host.refused.did-not-like-our"),
	HOST_BEFORE(" responded with failure", "host.refused.responded-with-failure"),
	/* transcript2: the host a router handed the message to (Domino's "Error transferring to
	 * mx.example.net; SMTP Protocol Returned a Permanent Error 550 ...") */
	HOST_AFTER("error transferring to ", "host.error-transferring-to"),
	/* a web-mail notice's footer (AOL, Yahoo, Outlook.com): never the reason */
	SKIP_LINE("advertisement", "skip.footer"),
	SKIP_LINE("privacy policy", "skip.footer.privacy-policy"),
	SKIP_LINE("privacy statement", "skip.footer.privacy-statement"),
	SKIP_LINE("customer support", "skip.footer.customer-support"),
	SKIP_LINE("terms of service", "skip.footer.terms-of-service"),
	SKIP_LINE("terms of use", "skip.footer.terms-of-use"),
	SKIP("rate this email:", "skip.footer.rate-this-email"),
	SKIP("- all rights reserved", "skip.footer.all-rights-reserved"),
	/* family17: the returned message's subject as a CJK notice labels it ("件名: …", "메일 제목:
	 * …", "邮件主题：…"): the sender's words, never the reason (a SKIP, not a BREAK: Naver and
	 * others print it between the recipient and the reason) */
	SKIP("件名:", "skip.subject-label.ja"),
	SKIP("件名：", "skip.subject-label.ja-fullwidth"),
	SKIP("메일 제목:", "skip.subject-label.ko"),
	SKIP("邮件主题:", "skip.subject-label.zh"),
	SKIP("邮件主题：", "skip.subject-label.zh-fullwidth"),
	/* … and the time it was sent ("送信日時：…", "发送时间：…") */
	SKIP("送信日時:", "skip.sent-label.ja"),
	SKIP("送信日時：", "skip.sent-label.ja-fullwidth"),
	SKIP("发送时间:", "skip.sent-label.zh"),
	SKIP("发送时间：", "skip.sent-label.zh-fullwidth"),
	/* a delay notice that also reports failures for good: there, a recipient whose own
	 * reply is permanent (5xx) failed, the others are delayed */
	PERMANENT("permanent fatal errors", "permanent.sendmail"),
	PERMANENT("failed permanently", "permanent.failed"),
	PERMANENT("permanent failure", "permanent.failure"),
	PERMANENT("permanent error", "permanent.error"),
	/* the delay phrases (and the phrases that veto them) are in delay_phrases.c, the one table
	 * the classifier reads too; the engine adds them to these common rows */
	RULES_END,
};

/* Exim and the providers that run it: "The following address(es) failed:" then indented blocks. */
static const scrape_rule exim_rules[] = {
	START("following address(es) failed", "start"),
	START("following address failed", "start.following-address-failed"),
	START("following addresses failed", "start.following-addresses-failed"),
	START("address(es) failed:", "start.address-es-failed"),
	RCPT_AFTER("generated by ", "rcpt.generated-by"),
	START("has not yet been delivered to one or more", "start.delay"),
	START("recipient addresses that were", "start.malformed"),
	END("no action is required on your part", "end.delay"),
	SKIP("for the following reason:", "skip.reason"),
	END("this address has been ignored", "end.ignored"),
	/* heldout37: the heading of the text a local program printed ("------ pipe to |/x" then
	 * "generated by a ------" and the program's output), never the address above it */
	SKIP("the following text was generated during the delivery attempt", "skip.generated-text"),
	SKIP("------ pipe to |", "skip.generated-text.pipe"),
	/* 1&1 and GMX: "SMTP error from remote server for RCPT TO command, host: …" */
	COMMAND("for rcpt to command", "RCPT", "cmd.for-rcpt"),
	COMMAND("for mail from command", "MAIL", "cmd.for-mail"),
	COMMAND("for data command", "DATA", "cmd.for-data"),
	/* … "for TEXT command": the message text sent after DATA */
	COMMAND("for text command", "DATA", "cmd.for-text"),
	/* GMX and 1&1: "SMTP error from remote server after RCPT command:" then "host: mx.example.org" */
	HOST_AFTER("host: ", "host.host-colon"),
	RULES_END,
};

/* Mail.ru: a Russian copy of the Exim text first, then the English one. */
static const scrape_rule mailru_rules[] = {
	START("сожалению", "start.ru"),
	END("**********************", "end.ru"),
	SKIP("екомендуем ", "skip.advice"),
	RULES_END,
};

/* qmail and the ones that copy its wording (Yahoo, old ISPs). */
static const scrape_rule qmail_rules[] = {
	START("i'm afraid i wasn't able to deliver", "start"),
	/* the double bounce to the postmaster: "I tried to deliver a bounce message to this
	 * address, but the bounce bounced!" */
	START("but the bounce bounced", "start.bounce-bounced"),
	START("we were unable to deliver your message to the following", "start.we-were-unable-to-deliver"),
	START("unable to deliver message to the following address", "start.unable-to-deliver-message-to"),
	/* the Spanish translation of qmail-send's text */
	START("su mensaje no pudo ser entregado", "start.es"),
	/* i18n11: the Italian and French translations of "I'm afraid I wasn't able to deliver" */
	START("non sono riuscito a consegnare", "start.qmail-it"),
	START("je n'ai pas pu remettre", "start.qmail-fr"),
	END("se encuentra una copia del mensaje", "end.copy-es"),
	SKIP("giving up on ", "skip.giving-up"),
	/* "Connected to 192.0.2.1 but my name was rejected.": the HELO was refused */
	COMMAND("but my name was rejected", "HELO", "cmd.name-rejected"),
	/* "Connected to 192.0.2.1 but greeting failed.": the greeting refused us */
	COMMAND("but greeting failed", "CONN", "cmd.greeting-failed"),
	/* family12: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)": the connection
	 * never opened */
	COMMAND("able to establish an smtp connection", "CONN", "cmd.no-smtp-connection"),
	/* transcript2: qmail names the host it talked to in its stage sentences: "Connected to
	 * 192.0.2.1 but sender was rejected." (also "... but greeting failed", "... but my name was
	 * rejected") and "192.0.2.1 failed after I sent the message." */
	HOST_AFTER("connected to ", "host.connected-to"),
	HOST_BEFORE(" failed after i sent the message", "host.failed-after-sent"),
	RULES_END,
};

/* Postfix: "<addr>: host X said: …" after the boilerplate; SMTP session transcripts. */
static const scrape_rule postfix_rules[] = {
	START("the mail system", "start"),
	START("the postfix program", "start.the-postfix-program"),
	START("transcript of session follows", "start.transcript"),
	RCPT_PREFIX("in:  rcpt to:", "rcpt.transcript"),
	RCPT_PREFIX("in: rcpt to:", "rcpt.transcript.in-rcpt-to"),
	/* a transcript of our own smtpd: the recipient's "In: RCPT TO:<a>" line answered
	 * straight by a refusal, or a "354" first when the refusal came after DATA */
	COMMAND("> out: 5", "RCPT", "cmd.transcript-rcpt"),
	COMMAND("> out: 4", "RCPT", "cmd.transcript-rcpt.out-4"),
	COMMAND("out: 354 ", "DATA", "cmd.transcript-data"),
	SKIP("for other details, see the local mail logfile", "skip.logfile"),
	/* bounce(8)'s delay template: what it says is the notice itself (a delay), never a
	 * recipient's cause, so it stays out of the text read as a cause */
	SKIP("your message could not be delivered for more than", "skip.delay-template"),
	SKIP("it will be retried until it is", "skip.delay-template.it-will-be-retried-until-it"),
	SKIP("this is a warning only", "skip.delay-template.this-is-a-warning-only"),
	SKIP("you do not need to resend your message", "skip.delay-template.you-do-not-need-to-resend"),
	SKIP("for further assistance, please send mail to", "skip.delay-template.for-further-assistance"),
	/* "host mx[ip] refused to talk to me: 554 …": the greeting refused us */
	COMMAND("refused to talk to me", "CONN", "cmd.refused-to-talk"),
	/* smtp(8)'s "conversation with x timed out while …" and "lost connection with x
	 * while …" name the stage the session broke in */
	COMMAND("while receiving the initial server greeting", "CONN", "cmd.while-greeting"),
	COMMAND("while performing the ehlo handshake", "EHLO", "cmd.while-ehlo"),
	COMMAND("while performing the helo handshake", "HELO", "cmd.while-helo"),
	COMMAND("while sending mail from", "MAIL", "cmd.while-mail"),
	COMMAND("while sending rcpt to", "RCPT", "cmd.while-rcpt"),
	COMMAND("while sending data command", "DATA", "cmd.while-data"),
	COMMAND("while sending message body", "DATA", "cmd.while-data.while-sending-message-body"),
	COMMAND("while sending end of data", "DATA", "cmd.while-data.while-sending-end-of-data"),
	RULES_END,
};

/* Sendmail: the list of failed addresses, then a transcript of the session. */
static const scrape_rule sendmail_rules[] = {
	START("the following addresses had", "start"),
	START("----- transcript of session follows", "start.transcript"),
	BREAK("----- transcript of session follows", "break.transcript"),
	/* the next list's heading ("----- The following addresses had permanent fatal errors
	 * -----" after the successful ones) and the warning's own closing lines ("Warning:
	 * message still undelivered after 4 hours", "Will keep trying until message is 5 days
	 * old") are Sendmail's, never the text of the recipient above them (a BREAK row would
	 * not do: it closes only a text that already has a reply code) */
	SKIP("----- the following addresses had", "skip.next-list"),
	/* delays6: nor is the transcript's heading the text of the list's last address (a
	 * transient one has no "(reason: …)" line; its "<a>... Deferred: …" line below is) */
	SKIP("----- transcript of session follows", "skip.transcript-heading"),
	SKIP("warning: message still undelivered after", "skip.warning-still-undelivered"),
	SKIP("will keep trying until message is", "skip.warning-will-keep-trying"),
	/* the transcript names the recipient it is about: ">>> RCPT To:<a>" */
	RCPT_PREFIX(">>> rcpt to:", "rcpt.transcript"),
	END("----- original message follows", "end.original"),
	/* a program or file recipient ("|/usr/bin/x") names the address it came from */
	RCPT_AFTER("(expanded from:", "rcpt.expanded-from"),
	SKIP("(expanded from:", "skip.expanded-from"),
	/* "... while talking to mx.example.org.:" then "<<< 554 …": the greeting refused us */
	COMMAND_ELSE(":\n<<< ", "CONN", "cmd.transcript-greeting"),
	/* one transcript may talk to several hosts, one part each: a recipient named in the
	 * part of mx.b was refused by mx.b */
	HOST_SECTION("while talking to ", "part.talking"),
	RULES_END,
};

/* Sendmail V5 and other old ones: only a transcript, recipients as "550 <addr>... text". */
static const scrape_rule v5sendmail_rules[] = {
	START("----- transcript of session follows", "start.transcript"),
	COMMAND_ELSE(":\n<<< ", "CONN", "cmd.transcript-greeting"),
	HOST_SECTION("while talking to ", "part.talking"),
	RULES_END,
};

/* Gmail: "Delivery to the following recipient failed permanently:" */
static const scrape_rule gmail_rules[] = {
	START("delivery to the following recipient", "start"),
	START("delivery to these recipients or groups", "start.delivery-to-these-recipients"),
	/* the layout since 2016: "** Address not found **", then "Your message wasn't
	 * delivered to a@b because …" or, for a delay, "There was a temporary problem
	 * delivering your message to a@b. Gmail will retry …"; the remote server's
	 * answer follows "The response (from the remote server) was:" */
	RCPT_AFTER("wasn't delivered to ", "rcpt.wasnt-delivered"),
	RCPT_AFTER("couldn't be delivered to ", "rcpt.couldnt-be-delivered"),
	RCPT_AFTER("problem delivering your message to ", "rcpt.problem-delivering"),
	/* "** Message blocked ** Your message to a@b has been blocked." */
	RCPT_AFTER("your message to ", "rcpt.your-message-to"),
	/* i18n5: the same notices in the user's language (Gmail writes in the language of the
	 * account): "Ihre Nachricht wurde nicht an a@b zugestellt", "Votre message n'a pas pu
	 * être distribué à a@b", "Tu mensaje no se ha entregado a a@b", "Sua mensagem não foi
	 * entregue a a@b" / "Sua mensagem para a@b foi bloqueada", "Il tuo messaggio non è stato
	 * consegnato a a@b", "Je bericht is niet bezorgd bij a@b", "Twoja wiadomość do a@b",
	 * "… при доставке сообщения на адрес a@b", "Mesajınız a@b adresine …", "您的邮件未能送达
	 * a@b"; Japanese and Korean print the address first, an address line */
	RCPT_AFTER("wurde nicht an ", "rcpt.de-not-delivered-to"),
	RCPT_AFTER("pas pu être distribué à ", "rcpt.fr-not-delivered-to"),
	RCPT_AFTER("pas été distribué à ", "rcpt.fr-not-delivered-to.pas-t-distribu"),
	RCPT_AFTER("no se ha entregado a ", "rcpt.es-not-delivered-to"),
	RCPT_AFTER("tu mensaje a ", "rcpt.es-message-to"),
	RCPT_AFTER("não foi entregue a ", "rcpt.pt-not-delivered-to"),
	RCPT_AFTER("não foi entregue para ", "rcpt.pt-not-delivered-to.n-o-foi-entregue-para"),
	RCPT_AFTER("sua mensagem para ", "rcpt.pt-message-to"),
	RCPT_AFTER("non è stato consegnato a ", "rcpt.it-not-delivered-to"),
	RCPT_AFTER("il tuo messaggio a ", "rcpt.it-message-to"),
	RCPT_AFTER("niet bezorgd bij ", "rcpt.nl-not-delivered-to"),
	RCPT_AFTER("je bericht aan ", "rcpt.nl-message-to"),
	RCPT_AFTER("wiadomość do ", "rcpt.pl-message-to"),
	RCPT_AFTER("dostarczona do ", "rcpt.pl-not-delivered-to"),
	RCPT_AFTER("сообщения на адрес ", "rcpt.ru-message-to"),
	RCPT_AFTER("доставлено на адрес ", "rcpt.ru-not-delivered-to"),
	RCPT_AFTER("mesajınız ", "rcpt.tr-your-message"),
	RCPT_AFTER("iletiniz ", "rcpt.tr-your-message.iletiniz"),
	/* japan4: Japanese with the address inside the sentence ("メールは a@b に配信されませんでした") */
	RCPT_AFTER("メールは ", "rcpt.ja-mail-wa"),
	RCPT_AFTER("未能送达", "rcpt.zh-not-delivered-to"),
	RCPT_AFTER("未送达", "rcpt.zh-not-delivered-to-2"),
	RCPT_AFTER("未送達", "rcpt.zh-tw-not-delivered-to"),
	/* the heading of the next recipient's paragraph ends the one before */
	BREAK("** address not found **", "break.heading"),
	BREAK("** message not delivered **", "break.heading.message-not-delivered"),
	BREAK("** message blocked **", "break.heading.message-blocked"),
	/* … in the user's language */
	BREAK("** adresse nicht gefunden **", "break.heading.adresse-nicht-gefunden"),
	BREAK("** adresse introuvable **", "break.heading.adresse-introuvable"),
	BREAK("** message non distribué **", "break.heading.message-non-distribu"),
	BREAK("** no se ha encontrado la dirección **", "break.heading.no-se-ha-encontrado-la"),
	BREAK("** endereço não encontrado **", "break.heading.endere-o-n-o-encontrado"),
	BREAK("** mensagem bloqueada **", "break.heading.mensagem-bloqueada"),
	BREAK("** indirizzo non trovato **", "break.heading.indirizzo-non-trovato"),
	BREAK("** adres niet gevonden **", "break.heading.adres-niet-gevonden"),
	BREAK("** bericht niet bezorgd **", "break.heading.bericht-niet-bezorgd"),
	BREAK("** wiadomość zablokowana **", "break.heading.wiadomo-zablokowana"),
	BREAK("** mesaj teslim edilmedi **", "break.heading.mesaj-teslim-edilmedi"),
	BREAK("** アドレスが見つかりません **", "break.heading-2"),
	BREAK("** 找不到地址 **", "break.heading-3"),
	SKIP_LINE("the response from the remote server was:", "skip.response"),
	SKIP_LINE("the response was:", "skip.response.the-response-was"),
	SKIP("learn more here:", "skip.help"),
	SKIP_LINE("technical details of permanent failure:", "skip.details"),
	SKIP_LINE("technical details of temporary failure:", "skip.details.technical-details-of"),
	RULES_END,
};

/* Gmail: the SMTP state of its client when the remote server answered ("(state 14)"). */
static const scrape_rule gmail_state_rules[] = {
	COMMAND("(state 14)", "RCPT", "cmd.state-rcpt"),
	COMMAND("(state 17)", "DATA", "cmd.state-data"),
	COMMAND("(state 18)", "DATA", "cmd.state-data.state-18"),
	RULES_END,
};

/* Microsoft Exchange 2007 and later, Office 365, Outlook.com. */
static const scrape_rule exchange_rules[] = {
	START("delivery has failed to these recipients", "start"),
	/* … in German ("Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen") */
	START("zustellung an folgende empfänger", "start.failed-de"),
	/* japan12: … and in Japanese ("次の受信者またはグループへの配信に失敗しました") */
	START("受信者またはグループへの配信に失敗しました", "start.failed-ja"),
	START("your message to", "start.couldnt"),
	START("diagnostic information for administrators", "start.admin"),
	/* the same NDR in other languages (Exchange writes the user's language) */
	START("管理者向けの診断情報", "start.admin-ja"),
	START("diagnoseinformationen für administratoren", "start.admin-de"),
	START("informations de diagnostic pour les administrateurs", "start.admin-fr"),
	START("informazioni di diagnostica per gli amministratori", "start.admin-it"),
	START("diagnostische gegevens voor beheerders", "start.admin-nl"),
	START("información de diagnóstico para administradores", "start.admin-es"),
	START("informações de diagnóstico para administradores", "start.admin-pt"),
	START("diagnostisk information för administratörer", "start.admin-sv"),
	START("diagnostikinformation för administratörer", "start.admin-sv-2"),
	START("diagnostisk informasjon for administratorer", "start.admin-no"),
	START("yöneticiler için tanılama bilgileri", "start.admin-tr"),
	START("informacje diagnostyczne dla administratorów", "start.admin-pl"),
	/* i18n4: Russian (its capital as printed: the text is lower-cased in ASCII only), Czech,
	 * simplified Chinese, Korean */
	START("диагностические сведения для администраторов", "start.admin-ru"),
	START("diagnostické informace pro správce", "start.admin-cs"),
	START("管理员诊断信息", "start.admin-zh"),
	START("관리자를 위한 진단 정보", "start.admin-ko"),
	/* Office 365's "Your message to a@b couldn't be delivered." in the user's language */
	START("ihre nachricht an ", "start.couldnt-de"),
	START("votre message à ", "start.couldnt-fr"),
	START("su mensaje para ", "start.couldnt-es"),
	START("sua mensagem para ", "start.couldnt-pt"),
	START("il messaggio per ", "start.couldnt-it"),
	START("uw bericht aan ", "start.couldnt-nl"),
	START("ditt meddelande till ", "start.couldnt-sv"),
	START("meldingen din til ", "start.couldnt-no"),
	/* i18n4: "Ваше сообщение для a@b не удалось доставить", "Vaši zprávu pro a@b se
	 * nepodařilo doručit", "你发送到 a@b 的邮件无法送达", "Twoja wiadomość do a@b …",
	 * "Impossibile recapitare il messaggio a a@b" */
	START("ваше сообщение для ", "start.couldnt-ru"),
	START("zprávu pro ", "start.couldnt-cs"),
	START("你发送到 ", "start.couldnt-zh"),
	START("twoja wiadomość do ", "start.couldnt-pl"),
	START("impossibile recapitare il messaggio a ", "start.couldnt-it.impossibile-recapitare-il"),
	/* i18n6: Japanese ("メッセージを a@b に配信できませんでした"), traditional Chinese, Danish,
	 * Finnish, Greek, Hebrew, Arabic */
	START("に配信できませんでした", "start.couldnt-ja"),
	START("無法將您的郵件傳遞給 ", "start.couldnt-zh-tw"),
	START("din meddelelse til ", "start.couldnt-da"),
	START("viestiäsi ei voitu toimittaa", "start.couldnt-fi"),
	START("παράδοση του μηνύματός σας", "start.couldnt-el"),
	START("לא ניתן היה למסור", "start.couldnt-he"),
	START("تعذر تسليم رسالتك", "start.couldnt-ar"),
	SKIP("generating server:", "skip.generating"),
	SKIP("生成サーバー:", "skip.generating-2"),
	SKIP("generierender server:", "skip.generating.generierender-server"),
	SKIP("serveur de génération", "skip.generating.serveur-de-g-n-ration"),
	SKIP("server di generazione:", "skip.generating.server-di-generazione"),
	SKIP("genererende server:", "skip.generating.genererende-server"),
	SKIP("genererande server:", "skip.generating.genererande-server"),
	SKIP("oluşturan sunucu:", "skip.generating.olu-turan-sunucu"),
	SKIP("servidor de generación:", "skip.generating.servidor-de-generaci-n"),
	SKIP("servidor que generó el mensaje:", "skip.generating.servidor-que-gener-el"),
	SKIP("servidor de geração:", "skip.generating.servidor-de-gera-o"),
	SKIP("server met gegenereerd bericht:", "skip.generating.server-met-gegenereerd"),
	SKIP("serwer generujący:", "skip.generating.serwer-generuj-cy"),
	SKIP("создающий сервер:", "skip.generating-3"),
	SKIP("generující server:", "skip.generating.generuj-c-server"),
	SKIP("生成服务器:", "skip.generating-4"),
	SKIP("생성 서버:", "skip.generating-5"),
	END("元のメッセージ ヘッダー", "end.original-ja"),
	END("ursprüngliche nachrichtenkopfzeilen", "end.original-de"),
	END("en-têtes de message d'origine", "end.original-fr"),
	END("intestazioni del messaggio originale", "end.original-it"),
	END("oorspronkelijke berichtkoppen", "end.original-nl"),
	END("ursprungliga meddelandehuvuden", "end.original-sv"),
	END("özgün ileti üst bilgileri", "end.original-tr"),
	END("encabezados del mensaje original", "end.original-es"),
	END("cabeçalhos da mensagem original", "end.original-pt"),
	END("nagłówki oryginalnej wiadomości", "end.original-pl"),
	END("заголовки исходного сообщения", "end.original-ru"),
	END("hlavičky původní zprávy", "end.original-cs"),
	END("原始邮件头", "end.original-zh"),
	END("원본 메시지 헤더", "end.original-ko"),
	/* Office 365 since 2017: "Your message to a@b couldn't be delivered." then
	 * "Status code: 550 5.1.1", "Reported error: …", "Message Hops" */
	RCPT_AFTER("your message to", "rcpt.your-message-to"),
	RCPT_AFTER("ihre nachricht an ", "rcpt.your-message-to-de"),
	RCPT_AFTER("votre message à ", "rcpt.your-message-to-fr"),
	RCPT_AFTER("su mensaje para ", "rcpt.your-message-to-es"),
	RCPT_AFTER("sua mensagem para ", "rcpt.your-message-to-pt"),
	RCPT_AFTER("il messaggio per ", "rcpt.your-message-to-it"),
	RCPT_AFTER("uw bericht aan ", "rcpt.your-message-to-nl"),
	RCPT_AFTER("ditt meddelande till ", "rcpt.your-message-to-sv"),
	RCPT_AFTER("meldingen din til ", "rcpt.your-message-to-no"),
	RCPT_AFTER("ваше сообщение для ", "rcpt.your-message-to-ru"),
	RCPT_AFTER("zprávu pro ", "rcpt.your-message-to-cs"),
	RCPT_AFTER("你发送到 ", "rcpt.your-message-to-zh"),
	RCPT_AFTER("twoja wiadomość do ", "rcpt.your-message-to-pl"),
	RCPT_AFTER("impossibile recapitare il messaggio a ", "rcpt.your-message-to-it.impossibile-recapitare-il"),
	RCPT_AFTER("メッセージを ", "rcpt.your-message-to-ja"),
	RCPT_AFTER("無法將您的郵件傳遞給 ", "rcpt.your-message-to-zh-tw"),
	RCPT_AFTER("din meddelelse til ", "rcpt.your-message-to-da"),
	RCPT_AFTER("viestiäsi ei voitu toimittaa", "rcpt.your-message-to-fi"),
	RCPT_AFTER("παράδοση του μηνύματός σας", "rcpt.your-message-to-el"),
	RCPT_AFTER("ההודעה שלך אל ", "rcpt.your-message-to-he"),
	RCPT_AFTER("تعذر تسليم رسالتك", "rcpt.your-message-to-ar"),
	/* "Remote Server at mx.example.org (192.0.2.1) returned '550 …'" */
	HOST_AFTER("remote server at ", "host.remote-server-at"),
	/* the new layout's "Error Details": "Remote server: mx.example.org", and
	 * "mx.example.org gave this error:" above the reply under "More Info for Email Admins" */
	HOST_AFTER("remote server: ", "host.remote-server"),
	HOST_AFTER("remoteserver: ", "host.remote-server-de"),
	HOST_AFTER("serveur distant : ", "host.remote-server-fr"),
	HOST_AFTER("servidor remoto: ", "host.remote-server-es"),
	HOST_BEFORE(" gave this error", "host.gave-this-error"),
	/* Exchange 2010's "mx.example.org #550 5.1.1 RESOLVER…; … ##" under the recipient */
	HOST_BEFORE(" #5", "host.exchange-verdict"),
	HOST_BEFORE(" #4", "host.exchange-verdict-4"),
	/* the server's own reply, quoted among paragraphs that explain it ("How to Fix It",
	 * "More Info for Email Admins", "This error occurs because …"): only it is the diagnostic */
	REPLY("returned '", "reply.remote-server-returned"),
	REPLY("reported error:", "reply.reported-error"),
	/* German: "Remoteserver hat '550 5.1.1 …' zurückgegeben" */
	REPLY("remoteserver hat '", "reply.remote-server-returned-de"),
	/* … and in Italian, Spanish, Portuguese, Dutch, Swedish, Norwegian, Turkish ("Uzak Sunucu
	 * '550 …' döndürdü") */
	REPLY("ha restituito '", "reply.remote-server-returned-it"),
	REPLY("remoto devolvió '", "reply.remote-server-returned-es"),
	REPLY("remoto retornou '", "reply.remote-server-returned-pt"),
	/* delays8: the same with the server named between ("El servidor remoto en mx.example.es
	 * (192.0.2.1) devolvió '400 4.4.7 …'", Exchange 2013+'s "Remote Server at … returned") */
	REPLY(") devolvió '", "reply.remote-server-at-returned-es"),
	REPLY(") retornou '", "reply.remote-server-at-returned-pt"),
	REPLY("server heeft '", "reply.remote-server-returned-nl"),
	REPLY("returnerade '", "reply.remote-server-returned-sv"),
	REPLY("returnerte '", "reply.remote-server-returned-no"),
	REPLY("sunucu '", "reply.remote-server-returned-tr"),
	/* … and in Polish, Russian, Czech, Chinese, Korean ("원격 서버에서 '552 …'을(를)
	 * 반환했습니다") */
	REPLY("zwrócił '", "reply.remote-server-returned-pl"),
	REPLY("сервер возвратил '", "reply.remote-server-returned-ru"),
	REPLY("сервер вернул '", "reply.remote-server-returned-ru-2"),
	REPLY("server vrátil '", "reply.remote-server-returned-cs"),
	REPLY("服务器返回'", "reply.remote-server-returned-zh"),
	REPLY("원격 서버에서 '", "reply.remote-server-returned-ko"),
	/* Office 365's "Reported error:" in the user's language */
	REPLY("gemeldeter fehler:", "reply.reported-error-de"),
	REPLY("erreur signalée :", "reply.reported-error-fr"),
	REPLY("erreur signalée:", "reply.reported-error-fr.erreur-signal-e"),
	REPLY("error notificado:", "reply.reported-error-es"),
	REPLY("erro relatado:", "reply.reported-error-pt"),
	REPLY("errore segnalato:", "reply.reported-error-it"),
	REPLY("gerapporteerde fout:", "reply.reported-error-nl"),
	REPLY("rapporterat fel:", "reply.reported-error-sv"),
	REPLY("rapportert feil:", "reply.reported-error-no"),
	REPLY("zgłoszony błąd:", "reply.reported-error-pl"),
	REPLY("сообщение об ошибке:", "reply.reported-error-ru"),
	REPLY("nahlášená chyba:", "reply.reported-error-cs"),
	REPLY("报告的错误:", "reply.reported-error-zh"),
	REPLY("보고된 오류:", "reply.reported-error-ko"),
	REPLY("erro comunicado:", "reply.reported-error-pt.erro-comunicado"),
	REPLY("bildirilen hata:", "reply.reported-error-tr"),
	REPLY("報告されたエラー:", "reply.reported-error-ja"),
	REPLY("回報的錯誤:", "reply.reported-error-zh-tw"),
	REPLY("rapporteret fejl:", "reply.reported-error-da"),
	REPLY("ilmoitettu virhe:", "reply.reported-error-fi"),
	REPLY("αναφερόμενο σφάλμα:", "reply.reported-error-el"),
	REPLY("שגיאה שדווחה:", "reply.reported-error-he"),
	REPLY("الخطأ المُبلغ عنه:", "reply.reported-error-ar"),
	REPLY("الخطأ المبلغ عنه:", "reply.reported-error-ar-unvocalised"),
	/* Exchange's own verdict "#550 4.4.7 QUEUE.Expired; message expired ##" comes before
	 * the history of attempts ("Remote Server at … returned '451 4.4.0 …'") */
	REPLY("#", "reply.exchange-verdict"),
	END("message hops", "end.hops"),
	END("original message headers", "end.original"),
	RULES_END,
};

/* Microsoft Exchange 5.5/2000/2003: "did not reach the following recipient(s):" */
static const scrape_rule exchange2003_rules[] = {
	START("did not reach the following recipient", "start"),
	START("following recipient(s) could not be reached", "start.following-recipient-s-could"),
	START("following recipient(s) cannot be reached", "start.following-recipient-s-cannot"),
	RCPT_AFTER("did not reach the following recipient:", "rcpt.inline"),
	SKIP("the mts-id of the original message", "skip.mts-id"),
	SKIP(";l=", "skip.mts-id.l"),
	RULES_END,
};

/* hMailServer: Exchange 2003's sentences, then per recipient "Error Type: SMTP", "Remote
 * server (ip) issued an error.", "hMailServer sent this command: RCPT TO:<a>" (older:
 * "hMailServer sent: …", a common row) and "Remote server replied: 550 …" */
static const scrape_rule hmailserver_rules[] = {
	START("following recipient(s) could not be reached", "start"),
	/* i18n6: translated ("Die folgenden Empfänger konnten nicht erreicht werden", Finnish
	 * "Seuraaviin vastaanottajiin ei saatu yhteyttä") */
	START("konnten nicht erreicht werden", "start.could-not-be-reached-de"),
	START("ei saatu yhteyttä", "start.could-not-be-reached-fi"),
	START("n'ont pas pu être atteints", "start.could-not-be-reached-fr"),
	START("no se pudo llegar", "start.could-not-be-reached-es"),
	COMMAND("sent this command: rcpt to", "RCPT", "cmd.sent-rcpt"),
	COMMAND("sent this command: mail from", "MAIL", "cmd.sent-mail"),
	COMMAND("sent this command: data", "DATA", "cmd.sent-data"),
	COMMAND("sent this command: bdat", "DATA", "cmd.sent-data.sent-this-command-bdat"),
	COMMAND("sent this command: .\n", "DATA", "cmd.sent-dot"),
	COMMAND("sent this command: ehlo", "EHLO", "cmd.sent-ehlo"),
	COMMAND("sent this command: helo", "HELO", "cmd.sent-helo"),
	/* its "hMailServer sent: RCPT TO:<a>" in any language ("hMailServer sendete: …") */
	COMMAND(": rcpt to:", "RCPT", "cmd.sent-rcpt-any"),
	COMMAND(": mail from:", "MAIL", "cmd.sent-mail-any"),
	/* i18n13: "hMailServer verzond: DATA", a line that is only the command after the colon */
	COMMAND(": data\n", "DATA", "cmd.sent-data-any"),
	HOST_AFTER("remote server (", "host.remote-server"),
	/* the server's reply, below the lines hMailServer wrote about it */
	REPLY("remote server replied:", "reply.remote-server-replied"),
	REPLY("remoteserver antwortete:", "reply.remote-server-replied-de"),
	REPLY("etäpalvelin vastasi:", "reply.remote-server-replied-fi"),
	RULES_END,
};

/* smail 3: " <a@b> ... unknown user" lines under "Failed addresses follow:", the cause after
 * the "..." (its own verdict on a local address, or a transport's "transport smtp: 550 …") */
static const scrape_rule smail_rules[] = {
	START("failed addresses follow", "start"),
	END("message text follows", "end.text"),
	RULES_END,
};

/* Lotus Domino: "was not delivered to:" addr "because:" reason. */
static const scrape_rule domino_rules[] = {
	START("was not delivered to:", "start"),
	START("nicht zugestellt an:", "start.de"),
	SKIP_LINE("because:", "skip.because"),
	SKIP_LINE("weil:", "skip.because.weil"),
	/* pairing3: a report of several recipients repeats "Your message / Subject: <the returned
	 * message's subject>" above each "was not delivered to:": the subject is the sender's
	 * words, not the reason of the recipient above it ("… not listed in Domino Directory
	 * Your message Subject: Rahmenvertrag 2027") */
	SKIP_LINE("your message", "skip.your-message"),
	SKIP_LINE("ihre nachricht", "skip.your-message.de"),
	SKIP("subject:", "skip.subject"),
	SKIP("betreff:", "skip.subject.de"),
	RULES_END,
};

/* Lotus Notes (older): reasons first, then the address. */
static const scrape_rule notes_rules[] = {
	START("failure reasons", "start"),
	RULES_END,
};

/* Sun/Oracle Messaging Server and PMDF. */
static const scrape_rule messaging_rules[] = {
	START("cannot be delivered to the following recipients", "start"),
	/* i18n6: the same template in German, French, Spanish, Italian */
	START("an die folgenden empfänger nicht zugestellt werden", "start.cannot-be-delivered-de"),
	START("ne peut pas être remis aux destinataires suivants", "start.cannot-be-delivered-fr"),
	START("no se puede entregar a los siguientes destinatarios", "start.cannot-be-delivered-es"),
	START("non può essere recapitato ai seguenti destinatari", "start.cannot-be-delivered-it"),
	RCPT_PREFIX("recipient address:", "rcpt.recipient-address"),
	RCPT_PREFIX("empfängeradresse:", "rcpt.recipient-address-de"),
	RCPT_PREFIX("adresse du destinataire :", "rcpt.recipient-address-fr"),
	RCPT_PREFIX("adresse du destinataire:", "rcpt.recipient-address-fr-no-space"),
	RCPT_PREFIX("dirección del destinatario:", "rcpt.recipient-address-es"),
	RCPT_PREFIX("indirizzo del destinatario:", "rcpt.recipient-address-it"),
	/* "Recipient address: @host:user@store" (a source route to the message store) or a
	 * rewritten address, then the address the message was sent to */
	RCPT_REPLACE("original address:", "rcpt.original-address"),
	END("original-envelope-id:", "end.dsn"),
	RULES_END,
};

/* DragonFly Mail Agent: "There was an error delivering your mail to <addr>." */
static const scrape_rule dragonfly_rules[] = {
	RCPT_AFTER("there was an error delivering your mail to", "rcpt.error"),
	RULES_END,
};

/* OpenSMTPD: the list of recipients with their errors. */
static const scrape_rule opensmtpd_rules[] = {
	START("following list of recipients", "start"),
	START("for the following recipients", "start.for-the-following-recipients"),
	END("below is a copy of the original message", "end.copy"),
	/* family10: the delay notice's paragraph under its list ("Please note that this is only a
	 * temporary failure report. The message is kept in the queue for up to 4 days."): the
	 * list is over, the paragraph is the notice's, not the last recipient's reply */
	END("only a temporary failure report", "end.temporary-report"),
	RULES_END,
};

/* Amazon WorkMail: the address, then a DSN printed as text. */
static const scrape_rule workmail_rules[] = {
	START("while trying to deliver the mail to the following", "start"),
	RCPT_PREFIX("final-recipient: rfc822;", "rcpt.final-recipient"),
	SKIP("reporting-mta:", "skip.dsn"),
	SKIP("technical report:", "skip.dsn.technical-report"),
	RULES_END,
};

/* Google Groups: the group refused the post; the recipient is in X-Failed-Recipients. */
static const scrape_rule googlegroups_rules[] = {
	SKIP("groups.google.com/support", "skip.help"),
	RULES_END,
};

/* paraphrase14: Mailman's refusal of a post names no address but its own owner's: the
 * refused post is the returned message, its To: the list (SCRAPE_F_RETURNED_TO) */
static const scrape_rule mailman_rules[] = {
	RULES_END,
};

/* paraphrase21: Sympa's refusal of a post names the list's -request address only: the refused
 * post is the returned message, its To: the list (SCRAPE_F_RETURNED_TO) */
static const scrape_rule sympa_rules[] = {
	RULES_END,
};

/* Zoho: "addr Invalid Address, ERROR_CODE :550, …" */
static const scrape_rule zoho_rules[] = {
	START("could not be delivered to one or more of its recipients", "start"),
	RULES_END,
};

/* family21: Yandex quotes its own refusal of a local address, "Local mailbox a@b is
 * unavailable: account is disabled", the address mid-sentence */
static const scrape_rule yandex_rules[] = {
	RCPT_AFTER("local mailbox ", "rcpt.local-mailbox"),
	RULES_END,
};

/* IMail Server (Ipswitch): a phrase and the address on one line. */
static const scrape_rule imail_rules[] = {
	RCPT_AFTER("unknown user:", "rcpt.unknown-user"),
	RCPT_AFTER("unknown host:", "rcpt.unknown-host"),
	RCPT_AFTER("delivery failed ", "rcpt.delivery-failed"),
	RCPT_AFTER("user mailbox exceeds allowed size:", "rcpt.mailbox-size"),
	RCPT_AFTER("undeliverable to ", "rcpt.undeliverable"),
	RCPT_AFTER("requested action not taken:", "rcpt.not-taken"),
	/* rarefam2: "Delivery failed 1 attempts: a@b" then the command it sent and the reply */
	COMMAND("rcpt to:<", "RCPT", "cmd.rcpt-to"),
	COMMAND("mail from:<", "MAIL", "cmd.mail-from"),
	/* rarefam4: after the message was sent, the command line is a bare "DATA" */
	COMMAND("\ndata\n", "DATA", "cmd.data-line"),
	RULES_END,
};

/* MailMarshal: the reason first, then "The following recipients were affected:". */
static const scrape_rule mailmarshal_rules[] = {
	START("could not be delivered because of", "start"),
	SKIP("the following recipients were affected", "skip.affected"),
	END("additional information follows", "end.info"),
	/* rarefam2: its stop notices list the stopped message's details ("To: a@b", "Subject:
	 * …") above or under the rule that stopped it; the message itself is attached, not inline */
	RCPT_PREFIX("to:", "rcpt.to"),
	RULES_END,
};

/* family13: MessageLabs (Symantec.cloud): "Reason: …" under each address, then the returned
 * message's details ("The message subject was: …"), which are no recipient's text; its delay
 * notice's retry sentences are the notice's, not the reason's */
static const scrape_rule messagelabs_rules[] = {
	END("the message subject was:", "end.details"),
	SKIP("this is a warning only", "skip.warning-only"),
	SKIP("delivery will be attempted again", "skip.retry-period"),
	RULES_END,
};

/* Apache James: the error, then the message details with "RCPT TO: addr" (either order). */
static const scrape_rule james_rules[] = {
	RCPT_PREFIX("rcpt to:", "rcpt.rcpt-to"),
	/* the message details are not part of the error */
	SKIP_LINE("error message:", "skip.error-label"),
	SKIP_LINE("error message below:", "skip.error-label.error-message-below"),
	SKIP_LINE("message details:", "skip.details"),
	SKIP("sent date:", "skip.details.sent-date"),
	SKIP("size (in bytes):", "skip.details.size-in-bytes"),
	SKIP("number of lines:", "skip.details.number-of-lines"),
	RULES_END,
};

/* Trend Micro InterScan: "Sent <<< RCPT TO:<addr>", "Received >>> 550 …", "Unable to deliver message to <addr>". */
static const scrape_rule trendmicro_rules[] = {
	RCPT_PREFIX("sent <<< rcpt to:", "rcpt.sent-rcpt"),
	RCPT_AFTER("unable to deliver message to", "rcpt.unable"),
	COMMAND("sent <<< rcpt to", "RCPT", "cmd.sent-rcpt"),
	COMMAND("sent <<< mail from", "MAIL", "cmd.sent-mail"),
	COMMAND("sent <<< data", "DATA", "cmd.sent-data"),
	RULES_END,
};

/* SurfControl: "Addressed To: addr" and "addr: [ip], 550 …" lines. */
static const scrape_rule surfcontrol_rules[] = {
	RCPT_PREFIX("addressed to:", "rcpt.addressed-to"),
	/* rarefam2: the E-mail Filter's block notice: "To: a@b" in the blocked message's details */
	RCPT_PREFIX("to:", "rcpt.to"),
	END("--- message non-deliverable", "end.non-deliverable"),
	RULES_END,
};

/* Courier: "Your message to the following recipients cannot be delivered:" */
static const scrape_rule courier_rules[] = {
	START("cannot be delivered:", "start"),
	START("delayed delivery of your message", "start.delay"),
	HOST_BEFORE(" [", "host.bracket"),
	RULES_END,
};

/* FML mailing list manager: posts from non-members are refused. */
static const scrape_rule fml_rules[] = {
	RCPT_AFTER("you are not a member of this mailing list", "rcpt.not-member"),
	RULES_END,
};

/* m-FILTER: address, "-------server message", reply, "-------SMTP command", command. */
static const scrape_rule mfilter_rules[] = {
	SKIP("-------server message", "skip.header"),
	SKIP("-------smtp command", "skip.header.smtp-command"),
	SKIP_LINE("data", "skip.command"),
	SKIP_LINE("rcpt to", "skip.command.rcpt-to"),
	SKIP_LINE("mail from", "skip.command.mail-from"),
	COMMAND("-------smtp command\ndata", "DATA", "cmd.data"),
	COMMAND("-------smtp command\nrcpt", "RCPT", "cmd.rcpt"),
	COMMAND("-------smtp command\nmail", "MAIL", "cmd.mail"),
	/* family21: a notice that quotes the command it sent above the reply, "RCPT TO:<a@b>" */
	COMMAND("rcpt to:<", "RCPT", "cmd.rcpt-to-quoted"),
	/* rarefam: its Japanese layout labels each recipient "送信先メールアドレス：addr" */
	RCPT_PREFIX("送信先メールアドレス:", "rcpt.ja-soushinsaki-mail"),
	RCPT_PREFIX("送信先メールアドレス：", "rcpt.ja-soushinsaki-mail-2"),
	RULES_END,
};

/* KDDI / au: "Could not be delivered to: <addr>" and the reason on the next line. */
static const scrape_rule kddi_rules[] = {
	RCPT_AFTER("could not be delivered to:", "rcpt.not-delivered"),
	RCPT_AFTER("your mail sent to:", "rcpt.sent-to"),
	RULES_END,
};

/* au by KDDI (ezweb): "Recipient: <addr>" with the SMTP exchange under it. */
static const scrape_rule ezweb_rules[] = {
	RCPT_PREFIX("recipient:", "rcpt.recipient"),
	START("the following recipients", "start"),
	START("user(s) account is", "start.account"),
	START("your message was not delivered within", "start.expired"),
	START("did not receive this message", "start.not-received"),
	SKIP("please reply to", "skip.reply-to"),
	SKIP("if you feel this message to be in error", "skip.reply-to.if-you-feel-this-message-to"),
	/* japan2: au's Japanese notices name the recipient as "宛先: addr" */
	RCPT_PREFIX("宛先:", "rcpt.ja-atesaki"),
	RCPT_PREFIX("宛先：", "rcpt.ja-atesaki-10"),
	RULES_END,
};

/* Biglobe: "The following addresses had delivery problems" */
static const scrape_rule biglobe_rules[] = {
	START("following addresses had delivery problems", "start"),
	SKIP("non-delivered information", "skip.header"),
	/* one block per recipient, each under the same header: no recipient's text */
	SKIP("following addresses had delivery problems", "skip.block-header"),
	/* japan2: BIGLOBE's Japanese notices: "宛先: addr" then "理由: …" under it */
	RCPT_PREFIX("宛先:", "rcpt.ja-atesaki"),
	RCPT_PREFIX("宛先：", "rcpt.ja-atesaki-9"),
	RULES_END,
};

/* Verizon MMS gateway: the error first, then the original To: */
static const scrape_rule verizon_rules[] = {
	START("could not be delivered", "start"),
	/* the original To: may carry a display name ("To: Name <5555550100@vzwpix.com>") */
	RCPT_AFTER("to:", "rcpt.to"),
	RULES_END,
};

/* family13: verizon.net's mail servers: the footer under the last "Reason:" asks for a reply
 * to the postmaster; it is the notice's, not the last recipient's */
static const scrape_rule verizon_mailsrvcs_rules[] = {
	SKIP("please reply to <postmaster", "skip.reply-to-postmaster"),
	SKIP("if you feel this message to be in error", "skip.feel-in-error"),
	RULES_END,
};

/* MailFoundry: "Unable to deliver message to: <addr>" */
static const scrape_rule mailfoundry_rules[] = {
	RCPT_AFTER("unable to deliver message to:", "rcpt.unable"),
	SKIP("delivery failed for the following reason", "skip.reason"),
	SKIP("this has been a permanent failure", "skip.permanent"),
	RULES_END,
};

/* Mail2000 style: "---The following addresses had delivery errors---" then "addr [reason]". */
static const scrape_rule mail2000_rules[] = {
	START("the following addresses had delivery errors", "start"),
	RULES_END,
};

/* An appliance that says "SMTP Server <host> rejected recipient <addr> (…)" */
static const scrape_rule trouble_rules[] = {
	RCPT_AFTER("rejected recipient", "rcpt.rejected"),
	RULES_END,
};

/* A generic notice that starts with an automatic DSN banner and lists "* addr". */
static const scrape_rule banner_rules[] = {
	START("automatically generated delivery status notification", "start"),
	/* "Technical details:" then "SMTP:RCPT host 192.0.2.8: 550 …" */
	COMMAND("smtp:rcpt host", "RCPT", "cmd.smtp-rcpt"),
	/* one line per recipient under "Technical details:" names it: its own reply */
	RCPT_AFTER("smtp:rcpt host", "rcpt.smtp-rcpt"),
	COMMAND("smtp:mail host", "MAIL", "cmd.smtp-mail"),
	COMMAND("smtp:data host", "DATA", "cmd.smtp-data"),
	RULES_END,
};

/* Phrases of unknown MTAs that put the reason and the address on one line. */
static const scrape_rule generic_rules[] = {
	START("following recipient", "start.recipients"),
	/* a delay notice: "The attached message has not yet been delivered to:" (MDaemon),
	 * "has not yet been delivered to:" then the address, then "because:" */
	START("has not yet been delivered to", "start.not-yet-delivered"),
	/* paraphrase14: a notice that points to the recipients listed below it ("The message you
	 * sent to the address below has not yet been⏎delivered", Mercury/32), its verb wrapped */
	START("to the address below", "start.to-the-address-below"),
	START("to the addresses below", "start.to-the-addresses-below"),
	/* i18n13: the same "not yet delivered" of a translated delay warning (Exim's "The address
	 * to which the message has not yet been delivered is:", Postfix's delay template):
	 * German "noch nicht zugestellt", Polish "nie została jeszcze dostarczona" (either order),
	 * Romanian "nu a fost încă livrat" (either order) */
	START("noch nicht zugestellt", "start.not-yet-delivered-de"),
	START("nie została jeszcze dostarczona", "start.not-yet-delivered-pl"),
	START("jeszcze nie została dostarczona", "start.not-yet-delivered-pl-2"),
	START("nu a fost încă livrat", "start.not-yet-delivered-ro"),
	START("încă nu a fost livrat", "start.not-yet-delivered-ro-2"),
	/* … and Greek "the following recipients" ("στους παρακάτω παραλήπτες", Axigen, IceWarp),
	 * as the English "following recipient" row above */
	START("παρακάτω παραλήπτ", "start.el-following-recipients"),
	/* MailEnable names each recipient "[SMTP:a@b]" under a label in the template's language
	 * ("Recipient:", "Empfänger:", "Destinatar:") */
	RCPT_AFTER("[smtp:", "rcpt.mailenable-smtp-bracket"),
	/* MDaemon's transcript names the message's recipient while parsing it ("… *  To: a@b"),
	 * also when a delay warning's transcript stops before any RCPT */
	RCPT_AFTER(": *  to: ", "rcpt.mdaemon-parsing-to"),
	START("following address", "start.addresses"),
	/* paraphrase29: a help desk's "the following people on the ticket did not receive it:" above
	 * a bullet list of its CCs, each with its cause below */
	START("following people", "start.people"),
	/* InterMail/Openwave (old ISP mail, verizon.net): "This Message was undeliverable due to
	 * the following reason:" above the reason, then the address */
	START("was undeliverable due to the following reason", "start.undeliverable-reason"),
	/* "Delivery to these recipients failed because …" above each of its lists */
	START("delivery to these recipients failed", "start.these-failed"),
	START("delivery to the following recipients failed", "start.these-failed.delivery-to-the-following"),
	START("could not be delivered", "start.not-delivered"),
	START("was not delivered", "start.not-delivered.was-not-delivered"),
	START("were not delivered", "start.not-delivered.were-not-delivered"),
	START("delivery has failed", "start.failed"),
	START("failed permanently", "start.failed.failed-permanently"),
	START("unable to deliver", "start.unable"),
	START("could not deliver", "start.unable.could-not-deliver"),
	START("couldn't deliver", "start.unable.couldn-t-deliver"),
	/* the contracted forms of "could not be delivered" (Mimecast's, Gmail's, Office 365's own
	 * lines: "Your message couldn't be delivered to the recipients shown below") */
	START("couldn't be delivered", "start.not-delivered.couldn-t-be-delivered"),
	START("wasn't delivered", "start.not-delivered.wasn-t-delivered"),
	START("bounced", "start.bounced"),
	START("pudimos entregar", "start.es.pudimos-entregar"),
	START("failed to add recipient", "start.failed.failed-to-add-recipient"),
	/* paraphrase23: non-native English "Your mail to below receiver is send fail:" / "was sent
	 * fail" */
	START("send fail", "start.send-fail"),
	START("sent fail", "start.send-fail.sent-fail"),
	START("nicht zugestellt werden", "start.de"),
	START("folgende empf", "start.de.folgende-empf"),
	/* with its inflection: "an den folgenden Empfänger konnte … nicht zugestellt⏎werden" */
	START("folgenden empf", "start.de.folgenden-empf"),
	START("folgenden adressen", "start.de.folgenden-adressen"),
	START("adresses suivantes", "start.fr"),
	START("pas pu être remis", "start.fr.pas-pu-tre-remis"),
	START("destinataires suivants", "start.fr.destinataires-suivants"),
	/* "n'a pas pu être distribué au destinataire suivant :" (a host's own French notice) */
	START("destinataire suivant", "start.fr.destinataire-suivant"),
	START("pas pu être distribué", "start.fr.pas-pu-tre-distribu"),
	/* heldout27: the same sentence ending the line, the addresses listed below it ("… n'a pas pu
	 * être délivré à :", SFR); only with "à", so "… de a@b n'a pas pu être délivré :" keeps its
	 * address (i18n11) */
	START("pas pu être délivré à :", "start.fr.pas-pu-etre-delivre-a"),
	START("pas pu être délivré à:", "start.fr.pas-pu-etre-delivre-a-2"),
	/* heldout27: German "konnte … nicht erreicht werden" (an ESP's report: "die folgende
	 * E-Mail-Adresse konnte bei Ihrem Mailing … nicht erreicht werden:") */
	START("nicht erreicht werden", "start.de.nicht-erreicht-werden"),
	START("no se pudo entregar", "start.es.no-se-pudo-entregar"),
	/* i18n4: "No ha sido posible entregar su mensaje al siguiente destinatario:" */
	START("no ha sido posible entregar", "start.es.no-ha-sido-posible-entregar"),
	START("non è stato possibile recapitare", "start.it"),
	/* the failure sentence of providers' and hosts' own notices in more languages: Danish and
	 * Norwegian, Swedish, Dutch, Portuguese, Italian, French (a delay: "pas encore pu être
	 * remis"), Czech, Polish, Ukrainian, Greek, Hungarian, Turkish, Korean, Chinese (Big5) */
	START("kunne ikke leveres", "start.da-no"),
	START("kunde inte levereras", "start.sv"),
	START("kon niet worden afgeleverd", "start.nl"),
	START("kon niet worden bezorgd", "start.nl.kon-niet-worden-bezorgd"),
	START("não pôde ser entregue", "start.pt"),
	START("não foi possível entregar", "start.pt.n-o-foi-poss-vel-entregar"),
	START("não foi entregue", "start.pt.n-o-foi-entregue"),
	START("non è stato consegnato", "start.it.non-stato-consegnato"),
	START("non è ancora stato consegnato", "start.it.non-ancora-stato-consegnato"),
	START("non è stato recapitato", "start.it.non-stato-recapitato"),
	START("pas encore pu être remis", "start.fr.pas-encore-pu-tre-remis"),
	/* i18n11: more failure sentences of providers' own notices: Spanish "No se ha podido
	 * entregar el mensaje a …", Italian "non è stato possibile consegnare", Polish "nie została
	 * doręczona / dostarczona" (also folded before "… do odbiorcy:"), Czech "nelze doručit" */
	START("no se ha podido entregar", "start.es.no-se-ha-podido-entregar"),
	START("possibile consegnare", "start.it.possibile-consegnare"),
	START("nie została doręczona", "start.pl.nie-zostala-doreczona"),
	START("nie została dostarczona", "start.pl.nie-zostala-dostarczona"),
	START("dostarczona do odbiorc", "start.pl.dostarczona-do-odbiorcy"),
	START("doręczona do odbiorc", "start.pl.doreczona-do-odbiorcy"),
	/* i18n28: the heading of the list, "Nie została ona dostarczona do⏎następujących odbiorców:"
	 * (a pronoun between, the sentence folded), "… do następującego odbiorcy:" */
	START("następujących odbiorców", "start.pl.nastepujacych-odbiorcow"),
	START("następującego odbiorcy", "start.pl.nastepujacego-odbiorcy"),
	/* i18n17: French "Votre message n'a pas été remis à :", German "Die Zustellung Ihrer Nachricht
	 * an" (failures and delays: "… an⏎⏎  a@b⏎⏎verzögert sich"), the sentence that names the
	 * recipient before its verb: Italian "il messaggio da lei inviato a a@b non è stato⏎consegnato",
	 * Portuguese "A mensagem enviada para a@b não pôde ser entregue" */
	START("pas été remis", "start.fr.pas-ete-remis"),
	START("zustellung ihrer nachricht an", "start.de.zustellung-ihrer-nachricht-an"),
	START("da lei inviato a", "start.it.da-lei-inviato-a"),
	START("mensagem enviada para", "start.pt.mensagem-enviada-para"),
	/* i18n18: NetEase's "您的邮件没有成功送达以下地址：", Exchange's traditional and simplified
	 * Chinese heading "傳遞至下列 / 這些收件者…失敗", "传递到这些收件人…失败" */
	START("没有成功送达", "start.zh.meiyou-chenggong-songda"),
	START("傳遞至下列收件者", "start.zh-tw.chuandi-zhi-xialie"),
	START("傳遞至這些收件者", "start.zh-tw.chuandi-zhi-zhexie"),
	START("传递到这些收件人", "start.zh.chuandi-dao-zhexie"),
	START("传递至以下收件人", "start.zh.chuandi-zhi-yixia"),
	/* the Russian sentence that names the recipient before its verb, as the Portuguese above:
	 * "Письмо, отправленное (вами) на адрес a@b, не может быть доставлено" */
	START("отправленное вами на адрес", "start.ru.otpravlennoe-vami-na-adres"),
	START("отправленное на адрес", "start.ru.otpravlennoe-na-adres"),
	START("nelze doručit", "start.cs.nelze-dorucit"),
	START("nepodařilo doručit", "start.cs"),
	START("nebylo možné doručit", "start.cs.nebylo-mo-n-doru-it"),
	START("nie mogła zostać dostarczona", "start.pl"),
	START("nie udało się dostarczyć", "start.pl.nie-uda-o-si-dostarczy"),
	START("не було доставлено", "start.uk"),
	START("не вдалося доставити", "start.uk-2"),
	START("δεν ήταν δυνατό να παραδοθεί", "start.el"),
	START("δεν παραδόθηκε", "start.el-2"),
	START("nem sikerült kézbesíteni", "start.hu"),
	/* i18n26: Hungarian "(levelét) nem tudtuk kézbesíteni" (we could not deliver), "nem
	 * kézbesíthető" (cannot be delivered) */
	START("nem tudtuk kézbesíteni", "start.hu.nem-tudtuk-kezbesiteni"),
	START("nem kézbesíthető", "start.hu.nem-kezbesitheto"),
	START("teslim edilemedi", "start.tr"),
	/* i18n30: the Turkish list heading "(Aşağıdaki) alıcıya / alıcılara gönderdiğiniz ileti …" (to the
	 * following recipient(s)), the address on a line below, as Polish "następujących odbiorców" */
	START("aşağıdaki alıcıya", "start.tr.asagidaki-aliciya"),
	START("aşağıdaki alıcılara", "start.tr.asagidaki-alicilara"),
	/* i18n31: Slovak and Czech "(nastala chyba) pri / při doručovaní (Vašej správy)" (an error while
	 * delivering), the address on its own line below; Arabic "لم نتمكن من توصيل / تسليم (رسالتك)"
	 * (we could not deliver your message) */
	START("pri doručovaní", "start.sk.pri-dorucovani"),
	START("při doručování", "start.cs.pri-dorucovani"),
	START("لم نتمكن من توصيل", "start.ar.lam-natamakkan-tawsil"),
	START("لم نتمكن من تسليم", "start.ar.lam-natamakkan-taslim"),
	/* i18n32: UOL's "Não conseguimos entregar sua mensagem para o endereço abaixo:" (we could not
	 * deliver your message), the address on its own line below */
	START("conseguimos entregar", "start.pt.conseguimos-entregar"),
	START("전달되지 못했습니다", "start.ko"),
	START("전달되지 않았습니다", "start.ko-2"),
	START("반송되었습니다", "start.ko-3"),
	START("無法送達", "start.zh-tw"),
	START("無法傳遞", "start.zh-tw-2"),
	/* i18n15: "(郵件)傳送失敗" (Netvigator: "閣下寄往以下地址的郵件傳送失敗："), Korean "전달하지
	 * 못했습니다" (Hiworks: "메일을 전달하지 못했습니다"), Russian "отклонено" in "Ваше сообщение …
	 * отклонено" is no START: it is also a remote reply's word */
	START("傳送失敗", "start.zh-tw.chuansong-shibai"),
	START("전달하지 못했습니다", "start.ko.jeondal-haji-mot"),
	/* i18n3: Italian delays ("non è stato ancora consegnato"), Finnish, Romanian; a Russian
	 * sentence that starts the notice keeps its capital (the text is lower-cased in ASCII only) */
	START("non è stato ancora consegnato", "start.it.non-stato-ancora-consegnato"),
	START("non è stato ancora recapitato", "start.it.non-stato-ancora-recapitato"),
	START("ei voitu toimittaa", "start.fi"),
	START("nu a putut fi livrat", "start.ro"),
	/* i18n5: the failure sentence in more languages and scripts: Arabic "تعذر تسليم رسالتك" /
	 * "لم يتم تسليم رسالتك إلى a@b", Greek "Δεν ήταν δυνατή η παράδοση του μηνύματος στη
	 * διεύθυνση a@b" and a delay's "δεν έχει παραδοθεί ακόμη", Hebrew "לא ניתן היה למסור" /
	 * "ההודעה שלך אל a@b לא נמסרה", Indonesian "tidak dapat dikirim" / "gagal dikirim ke a@b",
	 * Korean "보내지 못했습니다", Thai "ไม่สามารถส่งอีเมล(ถึง a@b)", Ukrainian with its capital,
	 * Vietnamese "không thể gửi (thư đến a@b)" / "không thể chuyển phát", traditional Chinese
	 * "未能傳送", simplified "您发往 a@b 的邮件投递失败"; the first address after the phrase on its
	 * line is the recipient (Italian "Il messaggio inviato a a@b", Romanian "nu a putut fi
	 * livrat către a@b") */
	START("تعذر تسليم", "start.ar"),
	START("لم يتم تسليم", "start.ar-2"),
	START("δυνατή η παράδοση", "start.el-3"),
	START("δεν έχει παραδοθεί", "start.el-4"),
	START("לא ניתן היה למסור", "start.he"),
	START("לא נמסרה", "start.he-2"),
	START("tidak dapat dikirim", "start.id"),
	START("gagal dikirim", "start.id.gagal-dikirim"),
	START("보내지 못했습니다", "start.ko-4"),
	START("ไม่สามารถส่งอีเมล", "start.th"),
	START("không thể gửi", "start.vi"),
	START("không thể chuyển phát", "start.vi.kh-ng-th-chuy-n-ph-t"),
	START("未能傳送", "start.zh-tw-3"),
	START("投递失败", "start.zh"),
	/* i18n7: the failure sentence of providers' and hosts' notices in Slovak, Bulgarian, Latvian,
	 * Estonian, Lithuanian, Serbian (both scripts), Croatian, Slovenian, Malay, Indonesian
	 * ("penerima berikut", the following recipients), Filipino, Persian, Latin American Spanish
	 * and Chinese ("未能成功投递", "以下收件人"); the first address after the phrase on its line is
	 * the recipient ("Správu nebolo možné doručiť na adresu a@b", "Su correo no pudo ser entregado
	 * a a@b"); "your message to a@b" in Bulgarian, Indonesian, Spanish and Vietnamese */
	START("nepodarilo doručiť", "start.sk"),
	START("nebolo možné doručiť", "start.sk-2"),
	START("не беше доставено", "start.bg"),
	START("не можа да бъде доставено", "start.bg-2"),
	START("neizdevās piegādāt", "start.lv"),
	/* i18n19: Latvian's passive "(vēstule) netika piegādāta (adresātam)" */
	START("netika piegādāt", "start.lv-2"),
	START("kohale toimetada", "start.et"),
	START("nepavyko pristatyti", "start.lt"),
	START("nije mogla biti isporučena", "start.sr"),
	START("није могла бити испоручена", "start.sr-cyrl"),
	START("nije bilo moguće dostaviti", "start.hr"),
	START("ni bilo mogoče dostaviti", "start.sl"),
	START("tidak dapat dihantar", "start.ms"),
	START("penerima berikut", "start.id.penerima-berikut"),
	START("hindi naipadala", "start.fil"),
	START("sumusunod na tatanggap", "start.fil-2"),
	START("تحویل داده نشد", "start.fa"),
	START("با خطا مواجه شد", "start.fa-2"),
	START("no fue posible entregar", "start.es.no-fue-posible-entregar"),
	START("đã bị trả lại", "start.vi-2"),
	START("未能成功投递", "start.zh-8"),
	START("以下收件人", "start.zh-9"),
	/* i18n9: "… al siguiente destinatario:" then the address (Latin American ISPs), Thai
	 * "ไม่สามารถส่งถึงผู้รับได้" (could not reach the recipient) */
	START("siguiente destinatario", "start.es.siguiente-destinatario"),
	/* heldout29: the plural "… a los siguientes destinatarios:" then one "a@b: reason" line per
	 * recipient (an Argentine ISP's code-less notice), and Portuguese "aos seguintes
	 * destinatários" */
	START("siguientes destinatarios", "start.es.siguientes-destinatarios"),
	START("seguintes destinatários", "start.pt.seguintes-destinatarios"),
	START("ไม่สามารถส่งถึง", "start.th-2"),
	/* i18n10: the failure sentence of code-less notices in more languages: Afrikaans ("kon nie
	 * by die volgende ontvanger afgelewer word nie", Dutch shares "volgende ontvanger"),
	 * Belarusian, Bengali, Welsh, Basque, Galician ("non puido ser entregada ao seguinte
	 * destinatario"), Hindi, Croatian and Serbian ("nije dostavljena / isporučena"), Armenian,
	 * Icelandic, Georgian, Kazakh, Polish ("nie została doręczona"), Albanian, Swahili, Tamil,
	 * Thai ("ไม่สามารถส่งจดหมาย…"), Urdu; a verb in the past with its negation, not one sentence */
	START("afgelewer word nie", "start.af"),
	START("volgende ontvanger", "start.af-nl.volgende-ontvanger"),
	START("не ўдалося даставіць", "start.be"),
	START("не быў дастаўлены", "start.be-2"),
	START("পৌঁছানো যায়নি", "start.bn"),
	START("বিতরণ করা যায়নি", "start.bn-2"),
	START("nid oedd modd danfon", "start.cy"),
	START("methwyd danfon", "start.cy-2"),
	START("derbynnydd canlynol", "start.cy-3"),
	START("ezin izan da entregatu", "start.eu"),
	START("ezin izan zaio", "start.eu-2"),
	START("non puido ser entregad", "start.gl"),
	START("non se puido entregar", "start.gl-2"),
	START("seguinte destinatario", "start.gl.seguinte-destinatario"),
	START("वितरित नहीं", "start.hi"),
	START("डिलीवर नहीं", "start.hi-2"),
	START("nije dostavljena", "start.hr-2"),
	START("nije isporučena", "start.sr-hr.nije-isporucena"),
	START("չհաջողվեց առաքել", "start.hy"),
	START("չի առաքվել", "start.hy-2"),
	START("ekki tókst að", "start.is"),
	START("tókst ekki að", "start.is-2"),
	START("ვერ მიეწოდა", "start.ka"),
	START("ვერ გაიგზავნა", "start.ka-2"),
	START("жеткізілмеді", "start.kk"),
	START("жеткізу мүмкін болмады", "start.kk-2"),
	START("nie została doręczona", "start.pl-2"),
	START("nie została dostarczona", "start.pl-3"),
	START("nuk u dorëzua", "start.sq"),
	START("nuk mund t'i dorëzohej", "start.sq-2"),
	START("nuk mund të dorëzohej", "start.sq-3"),
	START("haukuweza kuwasilishwa", "start.sw"),
	START("haukuwasilishwa", "start.sw-2"),
	START("வழங்க முடியவில்லை", "start.ta"),
	START("அனுப்ப முடியவில்லை", "start.ta-2"),
	START("ไม่สามารถส่งจดหมาย", "start.th-3"),
	START("نہیں پہنچایا جا سکا", "start.ur"),
	START("ترسیل نہیں ہو سکی", "start.ur-2"),
	/* i18n43: Irish "níorbh fhéidir do theachtaireacht a sheachadadh" / "teachtaireacht nár
	 * seachadadh" and Maltese "il-messaġġ tiegħek ma setax jitwassal" / "ma twassalx" */
	START("a sheachadadh", "start.ga"),
	START("nár seachadadh", "start.ga-2"),
	START("ma setax jitwassal", "start.mt"),
	START("ma twassalx", "start.mt-2"),
	/* i18n20: Arabic's other verb for delivering ("تعذر توصيل رسالتك إلى:"), Hindi "(प्राप्तकर्ता
	 * तक) नहीं पहुँच सका" in both spellings of its nasal, Bengali "পাঠানো সম্ভব হয়নি / পাঠানো
	 * যায়নি" (could not be sent) */
	START("تعذر توصيل", "start.ar-3"),
	START("नहीं पहुँच", "start.hi-3"),
	START("नहीं पहुंच", "start.hi-4"),
	START("পাঠানো সম্ভব হয়নি", "start.bn-3"),
	START("পাঠানো যায়নি", "start.bn-4"),
	/* Swedish's perfect "har (ännu) inte kunnat levereras" and Macedonian "не е испорачана",
	 * "не може да биде испорачана" (failures and, with a DELAY row, warnings) */
	START("inte kunnat levereras", "start.sv-2"),
	START("не е испорачана", "start.mk"),
	START("не може да биде испорачана", "start.mk-2"),
	/* i18n33: more negated "could not deliver" sentences: Bengali "পৌঁছানো সম্ভব হয়নি" (was not
	 * possible to deliver), Belarusian "не можа быць дастаўлены", Macedonian's past "не беше
	 * испорачана", and Albanian's heading of its list "(për) marrësin e mëposhtëm" (the following
	 * recipient) */
	START("পৌঁছানো সম্ভব হয়নি", "start.bn-5"),
	START("не можа быць дастаўлен", "start.be-3"),
	START("не беше испорачана", "start.mk-3"),
	START("marrësin e mëposhtëm", "start.sq-4"),
	/* i18n34: Hebrew "לא הצלחנו למסור" (we did not manage to deliver), Hungarian "nem sikerült
	 * eljuttatni" (could not be conveyed), Korean "배달되지 못했습니다" (was not delivered, the
	 * passive of "배달하지 못했습니다"), and Persian "تحویل داده نشد" as windows-1256 writes it:
	 * that charset has no Persian yeh (U+06CC), so a Persian notice in it spells the word with
	 * the Arabic one (U+064A) */
	START("לא הצלחנו למסור", "start.he-3"),
	START("nem sikerült eljuttatni", "start.hu.nem-sikerult-eljuttatni"),
	START("배달되지 못했습니다", "start.ko.baedal-doeji-mot"),
	START("تحويل داده نشد", "start.fa-arabic-yeh"),
	START("delivery failed", "start.failed.delivery-failed"),
	/* paraphrase: hosters' and appliances' own sentences: "The mail server x refused your
	 * message to a@b", "Delivery to <a@b> failed:" */
	START("refused your message", "start.refused"),
	START("> failed:", "start.failed.failed"),
	/* paraphrase2: "Some recipients of your message could not be reached." (a custom mailer's
	 * heading above its "Address:" lines) */
	START("could not be reached", "start.not-reached"),
	/* paraphrase6: "could not be sent to the requester" (a help desk), "can not / cannot be
	 * delivered to the receiver below" (non-native English) */
	START("could not be sent", "start.not-sent"),
	START("cannot be delivered", "start.not-delivered.cannot-be-delivered"),
	START("can not be delivered", "start.not-delivered.can-not-be-delivered"),
	/* paraphrase8: a gateway's "scanned the message you sent and did not deliver it", a delay
	 * notice's "Your message to the recipient below has not been delivered yet:" */
	START("did not deliver", "start.unable.did-not-deliver"),
	START("not been delivered yet", "start.not-delivered-yet"),
	/* "Your message to: a@b" then "was not delivered because: 554 …" (older gateways): the
	 * recipient line comes before the failure sentence */
	START("your message to:", "start.message-to"),
	/* i18n12: the failure sentence of code-less notices, each the language's negated "could
	 * not deliver / send": Chinese "不能送达", "不能投递", traditional "無法投遞", "無法傳送";
	 * Korean "배달하지 못했습니다" (Exchange's template), "전달할 수 없습니다"; Thai
	 * "ไม่สามารถจัดส่ง"; Hebrew's present "לא ניתן למסור"; Hindi "नहीं भेजा जा सका"; Indonesian
	 * "gagal terkirim", "tidak berhasil dikirim"; Persian "ارسال نشد"; Turkish "iletilemedi",
	 * "ulaştırılamadı"; Vietnamese "không được chuyển phát", "không thể chuyển thư"; and the
	 * delay's "is being delayed" in Korean ("지연되고 있습니다") and Arabic ("تأخر تسليم"),
	 * warnings by their DELAY rows */
	START("不能送达", "start.zh.buneng-songda"),
	START("不能投递", "start.zh.buneng-toudi"),
	START("無法投遞", "start.zh-tw.wufa-toudi"),
	START("無法傳送", "start.zh-tw.wufa-chuansong"),
	START("배달하지 못했습니다", "start.ko.baedal-mot"),
	START("전달할 수 없습니다", "start.ko.jeondal-su-eops"),
	START("ไม่สามารถจัดส่ง", "start.th.mai-samat-chatsong"),
	START("לא ניתן למסור", "start.he.lo-nitan-limsor"),
	START("नहीं भेजा जा सका", "start.hi.nahin-bheja"),
	START("gagal terkirim", "start.id.gagal-terkirim"),
	START("tidak berhasil dikirim", "start.id.tidak-berhasil-dikirim"),
	START("ارسال نشد", "start.fa.ersal-nashod"),
	START("iletilemedi", "start.tr.iletilemedi"),
	START("ulaştırılamadı", "start.tr.ulastirilamadi"),
	START("không được chuyển phát", "start.vi.khong-duoc-chuyen-phat"),
	START("không thể chuyển thư", "start.vi.khong-the-chuyen-thu"),
	/* i18n23: Vietnamese's passive "(thư) không thể được gửi (tới)" and colloquial "không gửi
	 * được"; Finnish "(viestiäsi) ei ole vielä voitu toimittaa" (a delay, by its DELAY row) */
	START("không thể được gửi", "start.vi.khong-the-duoc-gui"),
	START("không gửi được", "start.vi.khong-gui-duoc"),
	START("vielä voitu toimittaa", "start.fi.viela-voitu-toimittaa"),
	START("지연되고 있습니다", "start.ko.jiyeon"),
	START("تأخر تسليم", "start.ar.takhir-taslim"),
	/* Russian: "could not be delivered", "was not delivered" */
	START("не удалось доставить", "start.ru-2"),
	START("не может быть доставлено", "start.ru-3"),
	START("не было доставлено", "start.ru-4"),
	START("не доставлено", "start.ru-5"),
	/* Chinese: "cannot be delivered", "could not be sent", "was returned" (bounced) */
	START("无法送达", "start.zh-2"),
	START("无法发送", "start.zh-3"),
	START("被退回", "start.zh-4"),
	/* i18n4: "没有成功投递给以下收件人" (NetEase), "无法投递到以下地址" (Sina), "未能投递" */
	START("没有成功投递", "start.zh-5"),
	START("无法投递", "start.zh-6"),
	START("未能投递", "start.zh-7"),
	START("送信できませんでした", "start.ja"),
	START("配信できませんでした", "start.ja-2"),
	START("届きませんでした", "start.ja-3"),
	START("配送できませんでした", "start.ja-4"),
	START("配信に失敗しました", "start.ja-5"),
	START("配送に失敗しました", "start.ja-6"),
	START("送信に失敗しました", "start.ja-7"),
	START("配送不能", "start.ja-8"),
	START("配信不能", "start.ja-9"),
	/* japan4: a refusal told as what happened to the message ("受信を拒否されました") */
	START("拒否されました", "start.ja-10"),
	/* japan5: the active voice ("受信を拒否しました"), delivery stopped ("配送を中止しました"),
	 * and "could not deliver" with 届ける ("お届けできませんでした", "届けることができません
	 * でした") or with こと after any of the verbs */
	START("拒否しました", "start.ja-11"),
	START("配送を中止", "start.ja-12"),
	START("配信を中止", "start.ja-13"),
	START("送信を中止", "start.ja-14"),
	START("届けできませんでした", "start.ja-15"),
	START("届けることができませんでした", "start.ja-16"),
	START("配送することができませんでした", "start.ja-17"),
	START("配信することができませんでした", "start.ja-18"),
	START("送信することができませんでした", "start.ja-19"),
	/* japan10: a send an approver refused ("承認者により送信が却下されました") */
	START("却下されました", "start.ja-kyakka"),
	/* japan6: the passive "was not delivered / sent" ("メールは配信されませんでした"), the plain
	 * negative before a cause ("一定時間内に配送できなかったため"), the message "could not be
	 * received" ("メールを受け取ることができません"), and a delay's "not delivered yet"
	 * ("まだ配送されていません": the delay rows decide it is one) */
	START("配信されませんでした", "start.ja-passive-haishin"),
	START("配送されませんでした", "start.ja-passive-haisou"),
	START("送信されませんでした", "start.ja-passive-soushin"),
	START("配送できなかった", "start.ja-plain-haisou"),
	START("配信できなかった", "start.ja-plain-haishin"),
	START("送信できなかった", "start.ja-plain-soushin"),
	START("受け取ることができません", "start.ja-uketoru-dekimasen"),
	START("受け取れませんでした", "start.ja-uketoremasen-deshita"),
	START("配送されていません", "start.ja-not-yet-haisou"),
	START("配信されていません", "start.ja-not-yet-haishin"),
	/* japan7: an ESP's notice that a send "bounced" ("メールがバウンスしました",
	 * "ハードバウンスと判定されました") */
	START("バウンスしました", "start.ja-bounce-shimashita"),
	START("バウンスと判定", "start.ja-bounce-hantei"),
	/* Japanese: "宛先: addr", "宛先アドレス: addr" (recipient), ASCII or full-width colon */
	RCPT_PREFIX("宛先:", "rcpt.ja-atesaki"),
	RCPT_PREFIX("宛先：", "rcpt.ja-atesaki-2"),
	RCPT_PREFIX("宛先アドレス:", "rcpt.ja-atesaki-3"),
	RCPT_PREFIX("宛先アドレス：", "rcpt.ja-atesaki-4"),
	/* japan2: a space before the colon (labels aligned in a column: "宛先アドレス : addr"),
	 * and "送信先:" (send-to, groupware notices) */
	RCPT_PREFIX("宛先 :", "rcpt.ja-atesaki-5"),
	RCPT_PREFIX("宛先アドレス :", "rcpt.ja-atesaki-6"),
	/* japan16: bilingual notices label the recipient in both languages ("宛先 / Recipient： a@b",
	 * BIGLOBE), the reason on the lines under it */
	RCPT_PREFIX("宛先 / recipient:", "rcpt.ja-atesaki-bilingual"),
	RCPT_PREFIX("宛先 / recipient：", "rcpt.ja-atesaki-bilingual-2"),
	RCPT_PREFIX("宛先/recipient:", "rcpt.ja-atesaki-bilingual-3"),
	RCPT_PREFIX("宛先/recipient：", "rcpt.ja-atesaki-bilingual-4"),
	RCPT_PREFIX("送信先:", "rcpt.ja-soushinsaki"),
	RCPT_PREFIX("送信先：", "rcpt.ja-soushinsaki-2"),
	/* i18n4: "宛先メールアドレス：addr", "相手先アドレス: addr" (ISPs and carriers) */
	RCPT_PREFIX("宛先メールアドレス:", "rcpt.ja-atesaki-7"),
	RCPT_PREFIX("宛先メールアドレス：", "rcpt.ja-atesaki-8"),
	/* rarefam: "送信先メールアドレス：addr" (send-to mail address; m-FILTER and groupware) */
	RCPT_PREFIX("送信先メールアドレス:", "rcpt.ja-soushinsaki-3"),
	RCPT_PREFIX("送信先メールアドレス：", "rcpt.ja-soushinsaki-4"),
	/* japan9: "送信先アドレス：addr" (send-to address; ISP notices) */
	RCPT_PREFIX("送信先アドレス:", "rcpt.ja-soushinsaki-5"),
	RCPT_PREFIX("送信先アドレス：", "rcpt.ja-soushinsaki-6"),
	RCPT_PREFIX("相手先アドレス:", "rcpt.ja-aitesaki"),
	RCPT_PREFIX("相手先アドレス：", "rcpt.ja-aitesaki-2"),
	/* japan11: the bare labels "相手先: a@b", "あて先: a@b", "受取人: a@b" (ISP notices) */
	RCPT_PREFIX("相手先:", "rcpt.ja-aitesaki-3"),
	RCPT_PREFIX("相手先：", "rcpt.ja-aitesaki-4"),
	RCPT_PREFIX("あて先:", "rcpt.ja-atesaki-kana"),
	RCPT_PREFIX("あて先：", "rcpt.ja-atesaki-kana-2"),
	RCPT_PREFIX("受取人:", "rcpt.ja-uketorinin"),
	RCPT_PREFIX("受取人：", "rcpt.ja-uketorinin-2"),
	/* japan7: the bare label "メールアドレス：addr" of ESP notices (a line prefix, so
	 * "送信元メールアドレス：" of the sender never matches) */
	RCPT_PREFIX("メールアドレス:", "rcpt.ja-mail-address"),
	RCPT_PREFIX("メールアドレス：", "rcpt.ja-mail-address-2"),
	/* japan6: the recipient inside a sentence after "宛先" and a blank ("宛先 a@b へのメールは",
	 * "ご指定の宛先 a@b は", "宛先のメールアドレス a@b は"): the first address after it.  The
	 * label "宛先: a@b" stays a prefix row, so a note ("※ 宛先: a@b へのお問い合わせは…")
	 * names nobody */
	RCPT_AFTER("宛先 ", "rcpt.ja-atesaki-in-sentence"),
	RCPT_AFTER("宛先のメールアドレス ", "rcpt.ja-atesaki-in-sentence.mail-address"),
	/* japan11: the same sentence with the other nouns for the recipient ("送信先 a@b へのメールは",
	 * "相手先 a@b は") */
	RCPT_AFTER("送信先 ", "rcpt.ja-soushinsaki-in-sentence"),
	RCPT_AFTER("相手先 ", "rcpt.ja-aitesaki-in-sentence"),
	/* "Empfänger: a@b" / "Destinataire : a@b" then the reason on the next line */
	RCPT_PREFIX("empfänger:", "rcpt.de-empfaenger"),
	/* engine6: "… konnte an folgende Empfänger nicht zugestellt werden: a@x, b@x" */
	RCPT_AFTER("nicht zugestellt werden:", "rcpt.de-not-delivered-colon"),
	RCPT_PREFIX("empfaenger:", "rcpt.de-empfaenger.empfaenger"),
	/* i18n11: German "An: a@b" under "Die folgende Nachricht konnte nicht zugestellt werden:" */
	RCPT_PREFIX("an:", "rcpt.de-an"),
	RCPT_PREFIX("destinataire :", "rcpt.fr-destinataire"),
	RCPT_PREFIX("destinataire:", "rcpt.fr-destinataire.destinataire"),
	/* "Recipient: a@b" then "Reason: 550 …" (IceWarp, ESP notices); Russian "Получатель:",
	 * Chinese "收件人：" / "收件人地址：" (163, QQ) */
	RCPT_PREFIX("recipient:", "rcpt.recipient"),
	RCPT_PREFIX("recipient address:", "rcpt.recipient.recipient-address"),
	/* paraphrase23: a mail log line quoted in a gateway's report ("4F2A91C03B: to=<a@b>,
	 * relay=none, dsn=5.0.0, status=bounced (unknown user)", Postfix; Sendmail's "to=<a@b>, …
	 * stat=User unknown") */
	RCPT_AFTER(": to=<", "rcpt.log-to"),
	/* paraphrase26: a log-like notice's "rcpt=<a@b> result=failed" (key=value log fields) */
	RCPT_AFTER("rcpt=<", "rcpt.log-rcpt"),
	/* paraphrase29: the same log line pasted after a timestamp and fields of its own
	 * ("2026-12-08 22:13:51 order=#10488 to=<a@b> status=bounced dsn=5.7.1 reason=\"…\"") */
	RCPT_AFTER(" to=<", "rcpt.log-to.field"),
	/* paraphrase29: an ESP's bounce event pasted as JSON ("email": "a@b", Mailgun's
	 * "recipient": "a@b") above its "smtp_reply" / "reason" field */
	RCPT_PREFIX("\"email\":", "rcpt.json-email"),
	RCPT_PREFIX("\"recipient\":", "rcpt.json-recipient"),
	/* "Failed Recipient: a@b" (Merak), "Address: a@b" (Mercury/32's warning) */
	RCPT_PREFIX("failed recipient:", "rcpt.recipient.failed-recipient"),
	/* a delay notice's own label, "Delayed recipient: a@b" above "Reason: …" (SmarterMail) */
	RCPT_PREFIX("delayed recipient:", "rcpt.recipient.delayed-recipient"),
	RCPT_PREFIX("delayed recipients:", "rcpt.recipient.delayed-recipients"),
	/* engine8: RFC 3464's field name written as words, "Final recipient: RFC822:<a@b>" */
	RCPT_PREFIX("final recipient:", "rcpt.recipient.final-recipient"),
	/* engine10: the other field of RFC 3464 so written, "Original recipient: a@b" above the
	 * reason (a Reply-To line between names no one) */
	RCPT_PREFIX("original recipient:", "rcpt.recipient.original-recipient"),
	/* engine6: a list of them on one line, "Failed recipients: a@x; b@y" */
	RCPT_PREFIX("failed recipients:", "rcpt.recipient.failed-recipients"),
	/* a list server's notice: "Subscriber: a@b" then "Problem: …" */
	RCPT_PREFIX("subscriber:", "rcpt.subscriber"),
	RCPT_PREFIX("address:", "rcpt.address"),
	/* paraphrase6: an ESP's or CRM's own label ("Email address: a@b"), a help desk's
	 * ticket requester ("Requester: Name <a@b>"), non-native English "Receiver: a@b" */
	RCPT_PREFIX("email address:", "rcpt.email-address"),
	/* paraphrase22: a campaign platform's event field for the address ("Endpoint address: a@b",
	 * Amazon Pinpoint's word for a recipient) above its "Bounce reason:" */
	RCPT_PREFIX("endpoint address:", "rcpt.endpoint-address"),
	RCPT_PREFIX("e-mail address:", "rcpt.email-address.e-mail-address"),
	/* paraphrase19: an ESP's event notice labels the bounced address "Email: a@b" (SendGrid's
	 * event field) above its "Reason:" */
	RCPT_PREFIX("email:", "rcpt.email"),
	/* session 16: a CRM's or ESP's campaign report names the bounced address "Contact: a@b"
	 * (HubSpot, Brevo; Portuguese "Contato:", Spanish "Contacto:"); a notice's own help desk
	 * ("Contact: helpdesk@b", "Contact: help@isp.example" from isp.example) is no recipient */
	RCPT_PREFIX_OTHER("contact:", "rcpt.contact"),
	RCPT_PREFIX_OTHER("contato:", "rcpt.pt-contato"),
	RCPT_PREFIX_OTHER("contacto:", "rcpt.es-contacto"),
	RCPT_PREFIX("e-mail:", "rcpt.email.e-mail"),
	RCPT_PREFIX("requester:", "rcpt.requester"),
	RCPT_PREFIX("receiver:", "rcpt.receiver"),
	/* paraphrase8: a help desk's "Customer: a@b" and "CC: a@b" above their "Problem:" lines; a
	 * gateway's summary whose labels are aligned in a column ("To:      a@b" above "Subject:" and
	 * "Verdict:"): three spaces at least, so a quoted header "To: a@b" names nobody */
	RCPT_PREFIX("customer:", "rcpt.customer"),
	RCPT_PREFIX("cc:", "rcpt.cc"),
	RCPT_PREFIX("to:   ", "rcpt.to-aligned"),
	RCPT_PREFIX("получатель:", "rcpt.ru-poluchatel"),
	RCPT_PREFIX("收件人:", "rcpt.zh-shoujianren"),
	RCPT_PREFIX("收件人：", "rcpt.zh-shoujianren-2"),
	RCPT_PREFIX("收件人地址:", "rcpt.zh-shoujianren-3"),
	RCPT_PREFIX("收件人地址：", "rcpt.zh-shoujianren-4"),
	/* "Recipient: a@b" in more languages; rows are lower case, scrape_lower folds the text's capitals (engine6) */
	RCPT_PREFIX("destinatário:", "rcpt.pt-destinatario"),
	RCPT_PREFIX("destinatario:", "rcpt.es-it-destinatario"),
	RCPT_PREFIX("ontvanger:", "rcpt.nl-ontvanger"),
	RCPT_PREFIX("mottagare:", "rcpt.sv-mottagare"),
	RCPT_PREFIX("mottaker:", "rcpt.no-mottaker"),
	RCPT_PREFIX("modtager:", "rcpt.da-modtager"),
	RCPT_PREFIX("adresat:", "rcpt.pl-cs-adresat"),
	/* i18n30: the Czech and Slovak label keeps its accent ("Adresát: a@b" above "Důvod: …") */
	RCPT_PREFIX("adresát:", "rcpt.cs-sk-adresat"),
	RCPT_PREFIX("odbiorca:", "rcpt.pl-odbiorca"),
	RCPT_PREFIX("příjemce:", "rcpt.cs-prijemce"),
	RCPT_PREFIX("címzett:", "rcpt.hu-cimzett"),
	RCPT_PREFIX("alıcı:", "rcpt.tr-alici"),
	RCPT_PREFIX("адресат:", "rcpt.ru-uk-adresat"),
	RCPT_PREFIX("одержувач:", "rcpt.uk-oderzhuvach"),
	RCPT_PREFIX("παραλήπτης:", "rcpt.el-paraliptis"),
	RCPT_PREFIX("收件者:", "rcpt.zh-tw-shoujianzhe"),
	RCPT_PREFIX("收件者：", "rcpt.zh-tw-shoujianzhe-2"),
	RCPT_PREFIX("受信者:", "rcpt.ja-jushinsha"),
	RCPT_PREFIX("受信者：", "rcpt.ja-jushinsha-2"),
	RCPT_PREFIX("받는 사람:", "rcpt.ko-banneun-saram"),
	RCPT_PREFIX("받는 사람 :", "rcpt.ko-banneun-saram-2"),
	RCPT_PREFIX("수신자:", "rcpt.ko-susinja"),
	RCPT_PREFIX("수신자 :", "rcpt.ko-susinja-2"),
	RCPT_PREFIX("destinatar:", "rcpt.ro-destinatar"),
	RCPT_PREFIX("vastaanottaja:", "rcpt.fi-vastaanottaja"),
	/* i18n9: Thai "ผู้รับ: a@b" (recipient) */
	RCPT_PREFIX("ผู้รับ:", "rcpt.th-phurap"),
	/* i18n20: "Recipient: a@b" in Arabic, Hebrew and Persian (the other languages of the
	 * batch have theirs below, i18n16) */
	RCPT_PREFIX("المستلم:", "rcpt.ar-mustalim"),
	RCPT_PREFIX("נמען:", "rcpt.he-nimaan"),
	RCPT_PREFIX("گیرنده:", "rcpt.fa-girande"),
	RCPT_AFTER("mailbox is full:", "rcpt.mailbox-full"),
	RCPT_AFTER("unknown user:", "rcpt.unknown-user"),
	RCPT_AFTER("user unknown:", "rcpt.user-unknown"),
	RCPT_AFTER("no such user:", "rcpt.no-such-user"),
	RCPT_AFTER("did not reach the following recipient:", "rcpt.did-not-reach"),
	RCPT_AFTER("could not be delivered to", "rcpt.not-delivered"),
	/* rarefam: "Message not delivered to recipient a@b." (SMS/MMS gateways, old ISP notices) */
	RCPT_AFTER("not delivered to recipient", "rcpt.not-delivered.to-recipient"),
	/* "We were unable to deliver your message \"Subject\" to a@b", "could not deliver your
	 * email to a@b": the first address after the phrase */
	RCPT_AFTER("unable to deliver", "rcpt.unable.unable-to-deliver"),
	RCPT_AFTER("could not deliver", "rcpt.unable.could-not-deliver"),
	/* paraphrase28: a help desk's "We could not email the update on ticket #n to a@b" */
	RCPT_AFTER("could not email ", "rcpt.unable.could-not-email"),
	RCPT_AFTER("couldn't email ", "rcpt.unable.couldn-t-email"),
	RCPT_AFTER("unable to email ", "rcpt.unable.unable-to-email"),
	/* CRM/ESP and webmail notices: "We couldn't deliver your email to a@b", "Your email to a@b
	 * bounced", "The email you sent to a@b …", "Failed to add recipient \"a@b\"",
	 * "Ihre E-Mail an a@b …", "No pudimos entregar tu correo a a@b" */
	RCPT_AFTER("couldn't deliver", "rcpt.unable.couldn-t-deliver"),
	RCPT_AFTER("your email to ", "rcpt.message-to"),
	RCPT_AFTER("email you sent to ", "rcpt.message-to.email-you-sent-to"),
	/* paraphrase15: an email-to-fax gateway's "Your fax to 15551234567@fax.example was not sent" */
	RCPT_AFTER("your fax to ", "rcpt.message-to.your-fax-to"),
	/* paraphrase5: the same with the other spellings of "email" and the failure first: "your
	 * e-mail to a@b could not be delivered", "Your mail to a@b is not delivered", "Your message
	 * wasn't delivered to a@b because …"; a list server's "Member: a@b" above its reason */
	RCPT_AFTER("your e-mail to ", "rcpt.message-to.your-e-mail-to"),
	RCPT_AFTER("your mail to ", "rcpt.message-to.your-mail-to"),
	RCPT_AFTER("wasn't delivered to ", "rcpt.message-to.wasnt-delivered-to"),
	/* engine10: the same uncontracted ("Your message was not delivered to a@b."), and the
	 * recipient named below the reason ("The mailbox is full (552 5.2.2 …)." then "This
	 * error occurred while delivering to: a@b") */
	RCPT_AFTER("was not delivered to ", "rcpt.message-to.was-not-delivered-to"),
	RCPT_AFTER("while delivering to:", "rcpt.while-delivering-to"),
	RCPT_PREFIX("member:", "rcpt.member"),
	/* paraphrase3: the subject quoted before the address, "Your email \"Catalogue\" to a@b was
	 * not delivered" */
	RCPT_AFTER("your email \"", "rcpt.message-to.your-email"),
	RCPT_AFTER("your message \"", "rcpt.message-to.your-message"),
	RCPT_AFTER("failed to add recipient", "rcpt.failed-to-add"),
	RCPT_AFTER("ihre e-mail an ", "rcpt.message-to-de"),
	RCPT_AFTER("pudimos entregar", "rcpt.es-not-delivered"),
	/* the same sentence in other languages: "No se pudo entregar su mensaje a a@b",
	 * "Votre message n'a pas pu être remis à a@b", "Сообщение не было доставлено
	 * получателю a@b" */
	RCPT_AFTER("no se pudo entregar", "rcpt.es-not-delivered.no-se-pudo-entregar"),
	RCPT_AFTER("no ha sido posible entregar", "rcpt.es-not-delivered.no-ha-sido-posible-entregar"),
	RCPT_AFTER("pas pu être remis", "rcpt.fr-not-delivered"),
	RCPT_AFTER("pas pu être distribué", "rcpt.fr-not-delivered.pas-pu-tre-distribu"),
	RCPT_AFTER("не было доставлено", "rcpt.ru-not-delivered"),
	RCPT_AFTER("не удалось доставить", "rcpt.ru-not-delivered-2"),
	RCPT_AFTER("не может быть доставлено", "rcpt.ru-not-delivered-3"),
	/* i18n18: "Письмо, отправленное (вами) на адрес a@b, не может быть доставлено" */
	RCPT_AFTER("вами на адрес ", "rcpt.ru-sent-by-you-to"),
	RCPT_AFTER("отправленное на адрес ", "rcpt.ru-sent-to"),
	/* "… доставить письмо по адресу a@b"; Italian and Portuguese "could not deliver … to a@b" */
	RCPT_AFTER("письмо по адресу ", "rcpt.ru-letter-to"),
	RCPT_AFTER("non è stato possibile recapitare", "rcpt.it-not-delivered"),
	RCPT_AFTER("não foi possível entregar", "rcpt.pt-not-delivered"),
	/* i18n5: see start.ar … above */
	RCPT_AFTER("تعذر تسليم", "rcpt.ar-not-delivered"),
	RCPT_AFTER("لم يتم تسليم", "rcpt.ar-not-delivered-2"),
	RCPT_AFTER("παράδοση του μηνύματος", "rcpt.el-delivery-of"),
	RCPT_AFTER("ההודעה שלך אל ", "rcpt.he-message-to"),
	RCPT_AFTER("dikirim ke ", "rcpt.id-sent-to"),
	RCPT_AFTER("ไม่สามารถส่งอีเมลถึง", "rcpt.th-send-to"),
	RCPT_AFTER("вдалося доставити", "rcpt.uk-not-delivered"),
	RCPT_AFTER("gửi thư đến ", "rcpt.vi-send-to"),
	RCPT_AFTER("của bạn gửi đến ", "rcpt.vi-sent-to"),
	RCPT_AFTER("您发往", "rcpt.zh-sent-to"),
	RCPT_AFTER("messaggio inviato a ", "rcpt.it-message-sent-to"),
	RCPT_AFTER("nu a putut fi livrat", "rcpt.ro-not-delivered"),
	/* i18n7: see start.sk … above */
	RCPT_AFTER("nebolo možné doručiť", "rcpt.sk-not-delivered"),
	RCPT_AFTER("nije mogla biti isporučena", "rcpt.sr-not-delivered"),
	RCPT_AFTER("съобщението ви до ", "rcpt.bg-message-to"),
	RCPT_AFTER("pesan anda kepada ", "rcpt.id-message-to"),
	RCPT_AFTER("su mensaje a ", "rcpt.message-to-es.su-mensaje-a"),
	RCPT_AFTER("của bạn gửi tới ", "rcpt.vi-sent-to-2"),
	/* "Вы отправили письмо на адрес a@b, но доставить его не удалось" */
	RCPT_AFTER("письмо на адрес ", "rcpt.ru-letter-to-2"),
	RCPT_AFTER("сообщение на адрес ", "rcpt.ru-letter-to-3"),
	/* "Your message to a@b" in other languages (Office 365 and providers' notices) */
	RCPT_AFTER("ihre nachricht an ", "rcpt.message-to-de.ihre-nachricht-an"),
	RCPT_AFTER("votre message à ", "rcpt.message-to-fr"),
	/* heldout27: "Votre message n'a pas pu être délivré à a@b", the other French verb for
	 * "delivered"; after "votre message à ", which names the address first in "Votre message à
	 * destination de a@b n'a pas pu être délivré :" (i18n11) */
	RCPT_AFTER("pas pu être délivré à ", "rcpt.fr-not-delivered.pas-pu-etre-delivre"),
	RCPT_AFTER("su mensaje para ", "rcpt.message-to-es"),
	RCPT_AFTER("sua mensagem para ", "rcpt.message-to-pt"),
	RCPT_AFTER("uw bericht aan ", "rcpt.message-to-nl"),
	/* i18n7: "Su correo no pudo ser entregado a a@b" after the rows above, since the first row
	 * matching a line decides, and "Su mensaje para a@b no pudo ser entregado" names the address
	 * before the phrase */
	RCPT_AFTER("no pudo ser entregado", "rcpt.es-not-delivered.no-pudo-ser-entregado"),
	RCPT_AFTER("no pudo ser entregada", "rcpt.es-not-delivered.no-pudo-ser-entregada"),
	RCPT_AFTER("no fue posible entregar", "rcpt.es-not-delivered.no-fue-posible-entregar"),
	/* i18n8: ISPs' own notices naming the address inline: "Meldingen din kunne ikke leveres til
	 * a@b" (Norwegian, Danish), "… kunde inte levereras till a@b", "Wiadomość do a@b nie mogła
	 * zostać dostarczona", "Il messaggio destinato a / per a@b non è stato …", "Le message que
	 * vous avez envoyé à l'adresse a@b n'a pas pu être distribué" */
	RCPT_AFTER("kunne ikke leveres til ", "rcpt.da-no-not-delivered-to"),
	RCPT_AFTER("kunde inte levereras till ", "rcpt.sv-not-delivered-to"),
	RCPT_AFTER("wiadomość do ", "rcpt.pl-message-to.generic"),
	RCPT_AFTER("messaggio destinato a ", "rcpt.it-message-meant-for"),
	RCPT_AFTER("il messaggio per ", "rcpt.it-message-for"),
	RCPT_AFTER("envoyé à l'adresse ", "rcpt.fr-sent-to-address"),
	/* i18n9: consumer providers' notices naming the address inline: "您发送给 a@b 的邮件"
	 * (QQ, NetEase, 139), "A mensagem que você enviou para a@b foi recusada", "Thư của bạn tới
	 * a@b", "Το μήνυμά σας προς τον παραλήπτη a@b" */
	RCPT_AFTER("发送给 ", "rcpt.zh-sent-to-2"),
	RCPT_AFTER("você enviou para ", "rcpt.pt-you-sent-to"),
	RCPT_AFTER("của bạn tới ", "rcpt.vi-yours-to"),
	RCPT_AFTER("προς τον παραλήπτη ", "rcpt.el-to-the-recipient"),
	/* i18n10: a delay warning's "Your message to" with the address below it (Swedish,
	 * Norwegian/Danish, Macedonian) */
	RCPT_AFTER("meddelande till", "rcpt.sv-message-to"),
	RCPT_AFTER("meldingen din til", "rcpt.no-message-to"),
	RCPT_AFTER("din besked til", "rcpt.da-message-to"),
	RCPT_AFTER("порака до", "rcpt.mk-message-to"),
	/* i18n11: the address inline after "your message to" or "not delivered to the recipient":
	 * "ditt meddelande till a@b kunde inte levereras", "zprávu pro a@b se nepodařilo doručit",
	 * "Сообщение не доставлено получателю a@b", "No se ha podido entregar el mensaje a a@b",
	 * "non è stato possibile consegnare il tuo messaggio a a@b" */
	RCPT_AFTER("ditt meddelande till ", "rcpt.sv-your-message-to"),
	RCPT_AFTER("zprávu pro ", "rcpt.cs-message-for"),
	RCPT_AFTER("zpráva pro ", "rcpt.cs-message-for-2"),
	RCPT_AFTER("доставлено получателю ", "rcpt.ru-delivered-to-recipient"),
	RCPT_AFTER("no se ha podido entregar", "rcpt.es-not-delivered.no-se-ha-podido-entregar"),
	RCPT_AFTER("possibile consegnare", "rcpt.it-not-delivered.possibile-consegnare"),
	/* i18n17: the address inline after "the message you sent to": "il messaggio da lei inviato a
	 * a@b non è stato consegnato", "A mensagem enviada para a@b não pôde ser entregue" */
	RCPT_AFTER("da lei inviato a ", "rcpt.it-sent-by-you-to"),
	RCPT_AFTER("mensagem enviada para ", "rcpt.pt-message-sent-to"),
	/* i18n32: Libero's "il tuo messaggio per a@b non è stato consegnato" (your message for a@b) */
	RCPT_AFTER("messaggio per ", "rcpt.it-tuo-messaggio-per"),
	/* i18n12: the address inline after "your message / e-mail to" or "sent to": Chinese "无法发送到
	 * a@b", Greek "Το μήνυμά σας προς a@b", "Δεν ήταν δυνατή η παράδοση του μηνύματός σας στο
	 * a@b", Persian "ایمیل شما به a@b", Hebrew "ההודעה שלך ל- a@b", "לא ניתן למסור … אל a@b",
	 * Hindi "आपका ईमेल / संदेश a@b को", Indonesian "email Anda kepada a@b", "dikirim kepada a@b",
	 * Korean "수신자 a@b 님께", "보내신 메일이 a@b 에게", Thai "ไม่สามารถส่งอีเมล/จดหมาย(…ไปยัง)
	 * a@b", "ส่งถึง a@b", Turkish "İletiniz a@b alıcısına", Vietnamese "Thư bạn gửi tới a@b",
	 * "chuyển thư tới a@b", Arabic "رسالتك إلى a@b" */
	RCPT_AFTER("发送到", "rcpt.zh-sent-to-3"),
	RCPT_AFTER("μήνυμά σας προς ", "rcpt.el-your-message-to"),
	RCPT_AFTER("δυνατή η παράδοση", "rcpt.el-delivery-of-2"),
	RCPT_AFTER("شما به ", "rcpt.fa-your-to"),
	RCPT_AFTER("ההודעה שלך ל", "rcpt.he-your-message-to"),
	RCPT_AFTER("לא ניתן למסור", "rcpt.he-cannot-deliver"),
	RCPT_AFTER("आपका ईमेल ", "rcpt.hi-your-email"),
	RCPT_AFTER("आपका संदेश ", "rcpt.hi-your-message"),
	RCPT_AFTER("anda kepada ", "rcpt.id-your-to"),
	RCPT_AFTER("dikirim kepada ", "rcpt.id-sent-to-kepada"),
	RCPT_AFTER("수신자 ", "rcpt.ko-recipient"),
	RCPT_AFTER("보내신 메일이 ", "rcpt.ko-the-mail-you-sent"),
	RCPT_AFTER("ไม่สามารถส่งอีเมล", "rcpt.th-cannot-send-email"),
	RCPT_AFTER("ไม่สามารถส่งจดหมาย", "rcpt.th-cannot-send-mail"),
	RCPT_AFTER("ส่งถึง ", "rcpt.th-sent-to"),
	RCPT_AFTER("iletiniz ", "rcpt.tr-your-message-2"),
	RCPT_AFTER("İletiniz ", "rcpt.tr-your-message-3"),
	RCPT_AFTER("bạn gửi tới ", "rcpt.vi-you-sent-to"),
	RCPT_AFTER("chuyển thư tới ", "rcpt.vi-deliver-mail-to"),
	/* heldout28: providers' own notices in South-East Asia: Vietnamese "Thư của bạn không thể gửi
	 * đến a@b" (cannot be sent to), Thai "ไม่สามารถส่งข้อความถึง a@b ได้" (could not send the message
	 * to), Indonesian "Alamat email penerima a@b tidak ditemukan" (the recipient's address) */
	RCPT_AFTER("không thể gửi đến ", "rcpt.vi-cannot-send-to"),
	RCPT_AFTER("ไม่สามารถส่งข้อความ", "rcpt.th-cannot-send-message"),
	RCPT_AFTER("alamat email penerima ", "rcpt.id-recipient-email-address"),
	RCPT_AFTER("رسالتك إلى ", "rcpt.ar-your-message-to"),
	/* i18n14: consumer ISPs' code-less notices naming the address inline after "the message to"
	 * or "could not be delivered to": German "Die Nachricht an a@b", Dutch "… afgeleverd bij
	 * a@b" / "… bezorgd aan a@b", French "Votre message pour / destiné à a@b", Italian "Il suo
	 * messaggio per a@b", Spanish "no ha podido entregarse a a@b", Polish "Nie udało się
	 * dostarczyć wiadomości do a@b", Czech "nebylo možné doručit (příjemci) a@b", Hungarian
	 * "nem sikerült kézbesíteni: a@b", Bulgarian "… доставено до a@b", Russian "Ваше
	 * сообщение для a@b" */
	RCPT_AFTER("die nachricht an ", "rcpt.de-the-message-to"),
	RCPT_AFTER("afgeleverd bij ", "rcpt.nl-delivered-at"),
	RCPT_AFTER("bezorgd aan ", "rcpt.nl-delivered-to"),
	RCPT_AFTER("votre message pour ", "rcpt.fr-message-for"),
	RCPT_AFTER("message destiné à ", "rcpt.fr-message-meant-for"),
	RCPT_AFTER("suo messaggio per ", "rcpt.it-your-message-for"),
	RCPT_AFTER("podido entregarse", "rcpt.es-not-delivered.podido-entregarse"),
	RCPT_AFTER("udało się dostarczyć", "rcpt.pl-not-delivered.udalo-sie-dostarczyc"),
	RCPT_AFTER("nebylo možné doručit", "rcpt.cs-not-delivered"),
	RCPT_AFTER("nem sikerült kézbesíteni", "rcpt.hu-not-delivered"),
	RCPT_AFTER("доставено до ", "rcpt.bg-delivered-to"),
	/* i18n19: the address inline after "to the recipient" in the dative: Croatian "Poruka nije
	 * isporučena primatelju a@b", Serbian "primaocu / примаоцу a@b", Slovenian "prejemniku a@b",
	 * Lithuanian "nepavyko pristatyti gavėjui a@b" */
	RCPT_AFTER("primatelju ", "rcpt.hr-to-the-recipient"),
	RCPT_AFTER("primaocu ", "rcpt.sr-to-the-recipient"),
	RCPT_AFTER("примаоцу ", "rcpt.sr-to-the-recipient-cyrl"),
	RCPT_AFTER("prejemniku ", "rcpt.sl-to-the-recipient"),
	RCPT_AFTER("gavėjui ", "rcpt.lt-to-the-recipient"),
	RCPT_AFTER("сообщение для ", "rcpt.ru-message-for"),
	/* i18n15: the address inline in Chinese, Russian and traditional Chinese notices:
	 * "收件人 a@b 的邮箱已满" (DingTalk, as the Korean "수신자 a@b"), "Ваше письмо / сообщение
	 * для (получателя) a@b …" (the latter with i18n14's row above) (Yandex 360, Beget, REG.RU), "您寄給 a@b 的郵件" (Seednet),
	 * "寄往 a@b 的郵件" */
	RCPT_AFTER("收件人 ", "rcpt.zh-recipient-inline"),
	RCPT_AFTER("письмо для ", "rcpt.ru-letter-for"),
	RCPT_AFTER("寄給 ", "rcpt.zh-tw-sent-to"),
	RCPT_AFTER("寄往 ", "rcpt.zh-tw-sent-to-2"),
	/* i18n16: the address inline after "your message to / addressed to" in Tagalog ("hindi
	 * maipadala ang iyong mensahe kay a@b"), Swahili ("haukuweza kufikishwa kwa a@b"), Bengali
	 * ("আপনার বার্তাটি a@b ঠিকানায় পাঠানো যায়নি") and Italian ("Il messaggio indirizzato a a@b
	 * non è ancora stato consegnato"); the label "Recipient:" in Tagalog, Swahili, Bengali,
	 * Hindi, Urdu, Indonesian/Malay and Vietnamese */
	RCPT_AFTER("mensahe kay ", "rcpt.tl-message-to"),
	RCPT_AFTER("kufikishwa kwa ", "rcpt.sw-delivered-to"),
	RCPT_AFTER("kuwasilishwa kwa ", "rcpt.sw-delivered-to-2"),
	RCPT_AFTER("আপনার বার্তাটি ", "rcpt.bn-your-message"),
	RCPT_AFTER("messaggio indirizzato a ", "rcpt.it-message-addressed-to"),
	RCPT_PREFIX("tatanggap:", "rcpt.tl-tatanggap"),
	RCPT_PREFIX("mpokeaji:", "rcpt.sw-mpokeaji"),
	RCPT_PREFIX("প্রাপক:", "rcpt.bn-prapok"),
	RCPT_PREFIX("प्राप्तकर्ता:", "rcpt.hi-praptakarta"),
	RCPT_PREFIX("وصول کنندہ:", "rcpt.ur-wusool-kunindah"),
	RCPT_PREFIX("penerima:", "rcpt.id-ms-penerima"),
	RCPT_PREFIX("người nhận:", "rcpt.vi-nguoi-nhan"),
	/* i18n35: "Recipient: a@b" in more languages: Hebrew with the article ("הנמען:"), Kazakh,
	 * Mongolian, Armenian, Amharic, Georgian, Tamil */
	RCPT_PREFIX("הנמען:", "rcpt.he-hanimaan"),
	RCPT_PREFIX("алушы:", "rcpt.kk-alushy"),
	RCPT_PREFIX("хүлээн авагч:", "rcpt.mn-khuleen-avagch"),
	RCPT_PREFIX("ստացող:", "rcpt.hy-stacogh"),
	RCPT_PREFIX("ተቀባይ:", "rcpt.am-teqebay"),
	RCPT_PREFIX("მიმღები:", "rcpt.ka-mimghebi"),
	RCPT_PREFIX("பெறுநர்:", "rcpt.ta-perunar"),
	/* engine5: an address line's own words that say it failed, without a code: "<a@b>:
	 * mailbox is full", CommuniGate's "'<a@b>': 容量を超えています"; an address line
	 * with other words (prose) names no one in a notice that opens no failure section */
	RCPT_BEFORE("mailbox is full", "rcpt-before.mailbox-full"),
	RCPT_BEFORE("mailbox full", "rcpt-before.mailbox-full-2"),
	RCPT_BEFORE("over quota", "rcpt-before.over-quota"),
	RCPT_BEFORE("quota exceeded", "rcpt-before.quota-exceeded"),
	RCPT_BEFORE("user unknown", "rcpt-before.user-unknown"),
	RCPT_BEFORE("unknown user", "rcpt-before.unknown-user"),
	RCPT_BEFORE("no such user", "rcpt-before.no-such-user"),
	RCPT_BEFORE("does not exist", "rcpt-before.does-not-exist"),
	RCPT_BEFORE("delivery failed", "rcpt-before.delivery-failed"),
	RCPT_BEFORE("could not be delivered", "rcpt-before.not-delivered"),
	RCPT_BEFORE("undeliverable", "rcpt-before.undeliverable"),
	/* paraphrase15: "the email you sent to⏎a@b was not delivered." (a help desk's notice) */
	RCPT_BEFORE("was not delivered", "rcpt-before.was-not-delivered"),
	RCPT_BEFORE("容量を超え", "rcpt-before.ja-over-capacity"),
	RCPT_BEFORE("容量超過", "rcpt-before.ja-over-capacity-2"),
	RCPT_BEFORE("存在しません", "rcpt-before.ja-does-not-exist"),
	RCPT_BEFORE("配送に失敗", "rcpt-before.ja-delivery-failed"),
	RCPT_BEFORE("配信に失敗", "rcpt-before.ja-delivery-failed-2"),
	RCPT_BEFORE("配信できません", "rcpt-before.ja-not-delivered"),
	/* japan10: the labels of Japanese ESP reports on an address's line ("a@b  存在しないメール
	 * アドレス", "a@b  受信拒否設定", carriers' "宛先エラー", "容量オーバー", "なりすまし規制") */
	RCPT_BEFORE("存在しない", "rcpt-before.ja-nonexistent"),
	RCPT_BEFORE("受信拒否", "rcpt-before.ja-reception-refused"),
	RCPT_BEFORE("宛先エラー", "rcpt-before.ja-atesaki-error"),
	RCPT_BEFORE("宛先不明", "rcpt-before.ja-atesaki-fumei"),
	RCPT_BEFORE("容量オーバー", "rcpt-before.ja-capacity-over"),
	RCPT_BEFORE("なりすまし規制", "rcpt-before.ja-spoofing-filter"),
	RCPT_BEFORE("サイズオーバー", "rcpt-before.ja-size-over"),
	/* CommuniGate Pro, SmarterMail: "Failed to deliver to '<a@b>'" */
	RCPT_AFTER("failed to deliver to", "rcpt.failed-to-deliver"),
	/* "Delivery to <a@b> failed:" (a web host's template) */
	RCPT_AFTER("delivery to <", "rcpt.delivery-to"),
	/* paraphrase2: the same without brackets, "Delivery to a@b failed." */
	RCPT_AFTER("delivery to ", "rcpt.delivery-to.delivery-to"),
	RCPT_AFTER("undeliverable to ", "rcpt.undeliverable"),
	RCPT_AFTER("delivery to the following recipient failed", "rcpt.failed"),
	/* paraphrase27: an appliance's "Undelivered: a@b", a panel's "Your message could not be sent
	 * to a@b." */
	RCPT_AFTER("undelivered: ", "rcpt.undelivered"),
	RCPT_AFTER("could not be sent to ", "rcpt.could-not-be-sent-to"),
	/* "Delivery failed for recipient <a@b>." (FortiMail); PHPMailer's "SMTP Error: The following
	 * recipients failed: a@b: 550 …", which list and web software relays */
	RCPT_AFTER("delivery failed for ", "rcpt.failed-for"),
	RCPT_AFTER("following recipients failed:", "rcpt.recipients-failed"),
	/* Python's smtplib, printed by list software: "SMTPRecipientsRefused: {'a@b': (550, b'…')}" */
	RCPT_AFTER("smtprecipientsrefused", "rcpt.python-refused"),
	RCPT_AFTER("there was an error delivering your mail to", "rcpt.error"),
	RCPT_AFTER("rejected recipient", "rcpt.rejected"),
	/* engine14: "Message returned for <a@b>", also under the reply it answers ("550 5.1.1 …"
	 * then "-- returned for <a@b>"); the bracket keeps prose ("returned for review") out */
	RCPT_AFTER("returned for <", "rcpt.returned-for"),
	RCPT_AFTER("the following message to", "rcpt.message-to.the-following-message-to"),
	RCPT_AFTER("your message to:", "rcpt.message-to.your-message-to"),
	RCPT_AFTER("your message to ", "rcpt.message-to.your-message-to-3"),
	RCPT_AFTER("message you sent to ", "rcpt.message-to.message-you-sent-to"),
	/* MDaemon's session transcript: "… --> RCPT To:<a@b>" then "… <-- 550 …" */
	RCPT_AFTER("--> rcpt to:", "rcpt.transcript.rcpt-to"),
	/* transcript2: each host MDaemon tries opens a part of its transcript ("Attempting SMTP
	 * connection to [mx.example.net : 25]"); the RCPT To inside it is that host's */
	HOST_SECTION("smtp connection to ", "part.smtp-connection-to"),
	/* an SMTP client library's refusal: "rcpt to:<a@b> failed: 553 …" */
	RCPT_AFTER("rcpt to:<", "rcpt.rcpt-failed"),
	/* "Remote host: mx.example.net [ip]" (Kerio Connect), "Remote server: …" (IceWarp) */
	HOST_AFTER("remote host: ", "host.remote-host"),
	HOST_AFTER("remote server: ", "host.remote-server"),
	/* IceWarp: "Command: RCPT TO" under the reason */
	COMMAND("command: rcpt", "RCPT", "cmd.command-rcpt"),
	/* paraphrase5: an appliance's sentence "refused the recipient in reply to the RCPT TO
	 * command" (Postfix's own parenthesis has no article: cmd.in-reply-rcpt) */
	COMMAND("in reply to the rcpt to command", "RCPT", "cmd.in-reply-the-rcpt"),
	COMMAND("in reply to the mail from command", "MAIL", "cmd.in-reply-the-mail"),
	COMMAND("in reply to the data command", "DATA", "cmd.in-reply-the-data"),
	/* heldout28: a provider's own notice quoting the stage without the word "command" ("552
	 * Mailbox is full, in reply to RCPT TO)") */
	COMMAND("in reply to rcpt to", "RCPT", "cmd.in-reply-rcpt.no-command-word"),
	COMMAND("in reply to mail from", "MAIL", "cmd.in-reply-mail.no-command-word"),
	COMMAND("command: mail", "MAIL", "cmd.command-mail"),
	COMMAND("command: data", "DATA", "cmd.command-data"),
	/* i18n6: … translated: Italian/Spanish "Comando:", Hungarian "Parancs:", German "Befehl:",
	 * French "Commande :" */
	COMMAND("comando: rcpt", "RCPT", "cmd.command-rcpt.comando-rcpt"),
	COMMAND("comando: mail", "MAIL", "cmd.command-mail.comando-mail"),
	COMMAND("comando: data", "DATA", "cmd.command-data.comando-data"),
	COMMAND("parancs: rcpt", "RCPT", "cmd.command-rcpt.parancs-rcpt"),
	COMMAND("parancs: mail", "MAIL", "cmd.command-mail.parancs-mail"),
	COMMAND("parancs: data", "DATA", "cmd.command-data.parancs-data"),
	COMMAND("befehl: rcpt", "RCPT", "cmd.command-rcpt.befehl-rcpt"),
	COMMAND("befehl: mail", "MAIL", "cmd.command-mail.befehl-mail"),
	COMMAND("befehl: data", "DATA", "cmd.command-data.befehl-data"),
	/* family13: German notices name the stage as a compound noun ("SMTP-Fehler vom entfernten
	 * Server für DATA-Befehl", "nach dem RCPT TO-Befehl"); TEXT is GMX's and IONOS's name for
	 * the message text after DATA */
	COMMAND("rcpt to-befehl", "RCPT", "cmd.de-rcpt-befehl"),
	COMMAND("rcpt-befehl", "RCPT", "cmd.de-rcpt-befehl.short"),
	COMMAND("mail from-befehl", "MAIL", "cmd.de-mail-befehl"),
	COMMAND("mail-befehl", "MAIL", "cmd.de-mail-befehl.short"),
	COMMAND("data-befehl", "DATA", "cmd.de-data-befehl"),
	COMMAND("text-befehl", "DATA", "cmd.de-text-befehl"),
	COMMAND("commande : rcpt", "RCPT", "cmd.command-rcpt.commande-rcpt"),
	COMMAND("commande : mail", "MAIL", "cmd.command-mail.commande-mail"),
	COMMAND("commande : data", "DATA", "cmd.command-data.commande-data"),
	/* SmarterMail and others: "RCPT TO:<a@b> was rejected by host" (a line quoting the
	 * command with the recipient) */
	COMMAND("rcpt to:<", "RCPT", "cmd.rcpt-to-quoted"),
	/* CommuniGate Pro's "Failed to deliver to '<a@b>'" in German */
	RCPT_AFTER("zustellung an '", "rcpt.failed-to-deliver-de"),
	RULES_END,
};

/* amavisd-new's notice to the sender: the reason first, then "-> addr" per recipient */
static const scrape_rule amavis_rules[] = {
	START("our content checker found", "start.checker"),
	RCPT_PREFIX("-> ", "rcpt.arrow"),
	SKIP("in an email presumably from you", "skip.from-you"),
	SKIP("to the following recipient", "skip.recipients"),
	RULES_END,
};

/* SendGrid: "local:00000:<addr> : reason" */
static const scrape_rule sendgrid_rules[] = {
	RCPT_AFTER(":<", "rcpt.colon"),
	RULES_END,
};

static const scrape_marker amazonses_json_detect[] = {
	FROM("sns.amazonaws.com"), BODY("{\"notificationtype\":"),
	/* the same JSON pretty-printed (an application's forwarder): the key and its object */
	{SCRAPE_IN_BODY, "\"notificationtype\"", "\"bouncedrecipients\""},
	{SCRAPE_IN_BODY, "\"notificationtype\"", "\"complainedrecipients\""}, DETECT_END};
/* WorkMail names itself in X-Mailer, or in X-Original-Mailer when SES relays the notice */
static const scrape_marker workmail_detect[] = {
	HEADER("x-mailer: amazon workmail"), HEADER("x-original-mailer: amazon workmail"), DETECT_END};
/* its help link, or its own sentence (a Workspace group's notice links elsewhere) */
static const scrape_marker googlegroups_detect[] = {
	BODY("groups.google.com/support"), BODY("the group you tried to contact"),
	/* a notice signed by Google Groups about posting permission, with another help link */
	{SCRAPE_IN_BODY, "google groups", "permission to post"},
	/* family20: Google's own notice in its current layout about an address that is a group
	 * ("the group has been suspended"): X-Failed-Recipients names the group */
	{SCRAPE_IN_HEADERS, "x-failed-recipients:", "@googlegroups.com"},
	/* family22: the same notice without that header, naming the group and its owners ("… because
	 * the group's owners have turned off posting by email") */
	{SCRAPE_IN_BODY, "@googlegroups.com", "the group's owners"},
	/* heldout33: a Workspace group on the organization's own domain: Google Groups' own sentence
	 * and signature, no googlegroups.com address ("your message to the group x was not
	 * delivered because the group only accepts messages from people in …") */
	{SCRAPE_IN_BODY, "your message to the group ", "google groups"}, DETECT_END};
/* paraphrase14: Mailman's own sentences when it refuses a post and returns it: 2.1's automatic
 * rejection of a non-member ("You are not allowed to post to this mailing list, and your message
 * has been automatically rejected") and 3's "Your message to the x mailing-list was rejected for
 * the following reasons: … The original message as received by Mailman is attached" (a moderator's refusal returns no message, so names no list address) */
static const scrape_marker mailman_detect[] = {
	{SCRAPE_IN_BODY, "not allowed to post to this mailing list", "automatically rejected"},
	{SCRAPE_IN_BODY, "mailing-list was rejected", "received by mailman"}, DETECT_END};
/* paraphrase21: Sympa's refusal of a post: "Your message for list "x" (attached below) was
 * rejected. You are not allowed to send this message for the following reason: …"; it names the
 * list's -request address, the refused post is the returned message (its To: the list) */
static const scrape_marker sympa_detect[] = {
	{SCRAPE_IN_BODY, "attached below) was rejected", "not allowed to send this message"},
	DETECT_END};
static const scrape_marker james_detect[] = {
	BODY("this is the james mail server"), BODY("error message below:"),
	HEADER("apache james"), DETECT_END};
static const scrape_marker trendmicro_detect[] = {
	/* rarefam4: the product's full names, IMSS and IMSVA, as its notices print them; the bare
	 * "InterScan Messaging Security" also stands in a remote gateway's reply that another
	 * writer quotes ("550 5.7.1 Message rejected by InterScan Messaging Security: …") */
	BODY("interscan messaging security suite"),
	BODY("interscan messaging security virtual appliance"), BODY("received >>> "),
	BODY("sent <<< "),
	HEADER("trend micro"), HEADER("interscan"),
	/* family20: its notice's own sentence when the relay could not connect ("Unable to
	 * deliver message to the following recipients, due to being unable to connect
	 * successfully to the destination mail server.") */
	BODY("to the following recipients, due to being unable to connect"), DETECT_END};
/* family18: the product stamp of InterScan Messaging Security Suite, "X-TM-AS-Product-Ver:
 * IMSS-9.1…", on a notice whose text names no writer; any message the gateway scanned carries
 * it, so it is read only after every family's own text (the fallbacks at the table's end) */
static const scrape_marker trendmicro_header_detect[] = {
	HEADER("x-tm-as-product-ver: imss"), DETECT_END};
static const scrape_marker mailmarshal_detect[] = {
	HEADER("mailmarshal"), BODY("could not be delivered because of"),
	BODY("the following recipients were affected"), DETECT_END};
/* The product's name in the text: a Postfix or Exim notice quoting a reply that names it
 * ("550 5.7.1 Message rejected by MailMarshal") is theirs, so it is read after every family's
 * own text (session 13's carrier test) */
static const scrape_marker mailmarshal_name_detect[] = {BODY("mailmarshal"), DETECT_END};
/* family22: SurfControl's own header on a notice in the layout MailMarshal shares ("Your message:
 * … Could not be delivered because of … The following recipients were affected:"): read before
 * MailMarshal's sentences */
static const scrape_marker surfcontrol_header_detect[] = {HEADER("x-sef-processed:"), DETECT_END};
static const scrape_marker surfcontrol_detect[] = {
	HEADER("surfcontrol"), BODY("a transcript of the attempts to send the message follows"),
	DETECT_END};
static const scrape_marker yahoo_detect[] = {
	BODY("sorry, we were unable to deliver your message to the following"),
	FROM("mailer-daemon@yahoo"), DETECT_END};
/* Gmail's old sentences are copied by other gateways' templates (Halon, Haraka, custom
 * relays): they name Gmail only beside Google's own name ("Google tried to deliver your
 * message", support.google.com, "gsmtp") */
static const scrape_marker gmail_detect[] = {
	{SCRAPE_IN_BODY, "delivery to the following recipient failed permanently", "google"},
	{SCRAPE_IN_BODY, "technical details of permanent failure", "google"},
	{SCRAPE_IN_BODY, "delivery to the following recipient has been delayed", "google"},
	{SCRAPE_IN_BODY, "technical details of temporary failure", "google"},
	/* the current layout ("** Address not found **") says nothing the old markers find */
	FROM2("mailer-daemon@", "googlemail.com"), DETECT_END};
/* the product's name, or the message id header it stamps on every notice it writes */
static const scrape_marker activehunter_detect[] = {
	HEADER("active!hunter"), HEADER("x-ahmailid:"), DETECT_END};
static const scrape_marker mailru_detect[] = {FROM2("mailer-daemon@", "mail.ru"), DETECT_END};
/* WEB.DE runs on the same platform as GMX and writes the same notices */
static const scrape_marker gmx_detect[] = {
	FROM2("mailer-daemon@", "gmx."), FROM2("mailer-daemon@", "web.de"), DETECT_END};
static const scrape_marker einsundeins_detect[] = {
	FROM2("mailer-daemon@", "kundenserver"), BODY("1and1.com"), BODY("1und1.de"),
	/* family13: 1&1's outbound platform in the US (mout.perfora.net) signs its notices so */
	FROM2("mailer-daemon@", "perfora.net"), DETECT_END};
static const scrape_marker mxlogic_detect[] = {
	FROM2("mailer-daemon@", "mxlogic"), HEADER("mxl_mta"), HEADER("x-mxl-notehash:"),
	HEADER("x-mx-bounce: mta/"),
	/* family15: MX Logic's postmaster signs the notices it writes for its customers too */
	FROM2("postmaster@", "mxlogic"), DETECT_END};
static const scrape_marker zoho_detect[] = {
	FROM2("mailer-daemon@", "zoho."), HEADER("x-mailer: zoho mail"),
	/* family18: the host name Zoho's mail servers for hosted domains sign with (mx.zohomail.com) */
	FROM2("mailer-daemon@", "zohomail."), DETECT_END};
static const scrape_marker mfilter_detect[] = {
	HEADER("x-mailer: m-filter"), {SCRAPE_IN_BODY, "-------server message", "-------smtp command"},
	/* its Japanese notice names the product in brackets ("「m-FILTER」が自動的に返信") */
	BODY("「m-filter」"),
	/* japan13: its notice's first line, "このメッセージは m-FILTER から自動的に送信されています" */
	BODY("m-filter から自動"), DETECT_END};
static const scrape_marker imail_detect[] = {
	HEADER("x-mailer: <smtp32"),
	/* family13: without its X-Mailer (a relay or a newer release): its own first lines,
	 * "Unknown user: a@b" above "Original message follows.", or "Delivery failed 3 attempts:
	 * a@b" */
	{SCRAPE_IN_BODY, "^unknown user: ", "original message follows"},
	{SCRAPE_IN_BODY, "^delivery failed ", " attempts: "},
	/* family15: the line IMail writes above the reply it got, "Body of message generated
	 * response:", with its own "Original message follows." */
	{SCRAPE_IN_BODY, "^body of message generated response:", "original message follows"},
	DETECT_END};
/* hMailServer copies Exchange 2003's opening sentences: its own lines name it ("hMailServer
 * sent this command:", the signature line "hMailServer" under the list) */
static const scrape_marker hmailserver_detect[] = {
	BODY("hmailserver sent"),
	{SCRAPE_IN_BODY, "^hmailserver", "did not reach some or all of the intended recipients"},
	/* i18n6: its texts translated (the sentences are settings): the signature, a line that is
	 * only its name, stays */
	BODY("^hmailserver\n"),
	/* i18n13: … or, without the signature, its name on the line that quotes the command it
	 * sent, whatever the verb ("hMailServer sendete: RCPT TO:<a>", "O hMailServer enviou:
	 * MAIL FROM:<a>", "hMailServer verzond: DATA") */
	{SCRAPE_IN_BODY, "hmailserver ", ": rcpt to:<"},
	{SCRAPE_IN_BODY, "hmailserver ", ": mail from:<"},
	{SCRAPE_IN_BODY, "hmailserver ", ": data\n"},
	DETECT_END};
/* smail 3's notice: its ruled section headings */
static const scrape_marker smail_detect[] = {
	{SCRAPE_IN_BODY, "failed addresses follow:", "message text follows:"},
	{SCRAPE_IN_BODY, "failed addresses follow:", "message log follows:"}, DETECT_END};
static const scrape_marker exchange2003_detect[] = {
	HEADER("x-mailer: internet mail service"), HEADER("internet mail connector"),
	/* Exchange 2000/2003 sign the notices they write: "X-MimeOLE: Produced By Microsoft
	 * Exchange V6.5" */
	HEADER("produced by microsoft exchange v6"),
	BODY("did not reach the following recipient"),
	/* with its article: ZMailer's report starts its line with "Following recipient(s) could
	 * not be reached:" */
	BODY("the following recipient(s) could not be reached"),
	BODY("the following recipient(s) cannot be reached"),
	BODY("did not reach some or all of the intended recipients"),
	/* family15: its localised builds' opening sentence (German "Ihre Nachricht hat einige oder
	 * alle Empfänger nicht erreicht.", Spanish "Su mensaje no llegó a algunos o a ninguno de
	 * los destinatarios.", French "Votre message n'est pas parvenu à certains ou à
	 * l'ensemble de ses destinataires.") */
	BODY("hat einige oder alle empfänger nicht erreicht"),
	BODY("no llegó a algunos o a ninguno de los destinatarios"),
	BODY("n'est pas parvenu à certains ou à l'ensemble de ses destinataires"), DETECT_END};
/* The Windows SMTP service of Exchange 2000/2003 writes X-DSNContext on the DSNs it
 * generates ("Delivery Status Notification (Failure)", no sentence of its own); Hotmail's
 * older Exchange-based servers do too, and are told by their sender first (outlook) */
static const scrape_marker exchange2003_dsn_detect[] = {HEADER("x-dsncontext:"), DETECT_END};
/* Office 365's own notice: the newer layout's headings, and in the older (Exchange's) layout
 * a generating server of its own: *.prod.outlook.com (the filtering hosts that a remote reply
 * may name are *.prod.protection.outlook.com), or a line ending in an outlook.com host
 * ("Generating server: X.mail.protection.outlook.com"; a quoted reply ends in "]'") */
static const scrape_marker office365_detect[] = {
	BODY("more info for email admins"), BODY("dsn generated by:"),
	{SCRAPE_IN_BODY, "generating server: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "generating server: ", "~.outlook.com"},
	/* … its name for that server in the user's language (Exchange's older layout, delay
	 * notices), and the new layout's "DSN generated by:" */
	{SCRAPE_IN_BODY, "server met gegenereerd bericht: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "generierender server: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "serveur de génération", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "server di generazione: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "servidor de generación: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "servidor de geração: ", "~.prod.outlook.com"},
	/* heldout25: the other Portuguese name of that server ("Servidor gerador:") */
	{SCRAPE_IN_BODY, "servidor gerador: ", "~.prod.outlook.com"},
	/* i18n16: the other names of that server the skip rows above know (Dutch's second
	 * wording, Swedish, Polish, Czech, Russian, Turkish, Chinese, Korean) */
	{SCRAPE_IN_BODY, "genererende server: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "genererande server: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "serwer generujący: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "generující server: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "создающий сервер: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "oluşturan sunucu: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "servidor que generó el mensaje: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "生成服务器: ", "~.prod.outlook.com"},
	{SCRAPE_IN_BODY, "생성 서버: ", "~.prod.outlook.com"},
	BODY("dsn generado por:"), BODY("dsn gerado por:"), BODY("dsn generato da:"),
	BODY("dsn genererades av:"), BODY("dsn wygenerowany przez:"), BODY("dsn vygeneroval:"),
	BODY("dsn создано:"), BODY("dsn 生成者:"), BODY("dsn 생성:"), BODY("dsn oluşturan:"),
	/* i18n6: Japanese, traditional Chinese, Danish, Norwegian, Finnish, Greek, Hebrew, Arabic */
	BODY("dsn の生成元:"), BODY("dsn 產生者:"), BODY("dsn genereret af:"),
	/* japan6: the newer layout's "More Info for Email Admins" heading in Japanese */
	BODY("管理者向けの詳細情報"),
	BODY("dsn generert av:"), BODY("dsn:n loi:"), BODY("dsn που δημιουργήθηκε από:"),
	BODY("dsn נוצר על-ידי:"), BODY("تم إنشاء dsn بواسطة:"),
	/* the service's internal domain, and a tenant's own domain in the sender; at the end of a
	 * line, as the generating server's own name stands (rhost6: an on-premises Exchange's notice
	 * quoting an Office 365 reply that ends in "[X.prod.exchangelabs.com]" is Exchange's) */
	{SCRAPE_IN_BODY, "generating server: ", "~.prod.exchangelabs.com"},
	FROM2("postmaster@", ".onmicrosoft."), DETECT_END};
/* Office 365's hosts in the headers: the receiving side adds them too (a bounce of any MTA
 * delivered into an Office 365 mailbox), so they count only when no text names the writer */
static const scrape_marker office365_header_detect[] = {
	HEADER(".prod.outlook.com"), HEADER(".protection.outlook.com"), DETECT_END};
static const scrape_marker outlook_detect[] = {
	FROM2("postmaster@", "hotmail."), FROM2("postmaster@", "outlook.com"),
	FROM2("postmaster@", "live.com"), DETECT_END};
static const scrape_marker exchange2007_detect[] = {
	BODY("diagnostic information for administrators"),
	BODY("管理者向けの診断情報"), BODY("diagnoseinformationen für administratoren"),
	BODY("informations de diagnostic pour les administrateurs"),
	BODY("informazioni di diagnostica per gli amministratori"),
	BODY("diagnostische gegevens voor beheerders"),
	BODY("información de diagnóstico para administradores"),
	BODY("informações de diagnóstico para administradores"),
	BODY("diagnostisk information för administratörer"),
	/* i18n11: the compound some Swedish builds write */
	BODY("diagnostikinformation för administratörer"),
	BODY("diagnostisk informasjon for administratorer"),
	BODY("yöneticiler için tanılama bilgileri"),
	BODY("informacje diagnostyczne dla administratorów"),
	BODY("диагностические сведения для администраторов"),
	BODY("diagnostické informace pro správce"), BODY("管理员诊断信息"),
	BODY("관리자를 위한 진단 정보"),
	BODY("delivery has failed to these recipients"),
	/* japan12: the same heading in Japanese ("次の受信者またはグループへの配信に失敗しました:"),
	 * whose admin block may carry another label than "管理者向けの診断情報" */
	BODY("受信者またはグループへの配信に失敗しました"),
	/* family15: Exchange 2007's own Japanese wording, "次の受信者または配布リストへの配信に失敗
	 * しました:" above "管理者用の診断情報:" */
	BODY("受信者または配布リストへの配信に失敗しました"), BODY("管理者用の診断情報"), DETECT_END};
/* Exchange's X-MS-Exchange-* headers are added by any Exchange server a message passes
 * through (a Postfix bounce relayed to the sender's mailbox): tried after every text marker */
static const scrape_marker exchange_header_detect[] = {HEADER("x-ms-exchange"), DETECT_END};
/* the English sentences start qmail-send's own lines; a reply quoted by another MTA
 * ("said: 550 … this is the qmail-send program") does not */
static const scrape_marker qmail_detect[] = {
	BODY("^hi. this is the qmail-send program"), BODY("^this is the qmail-send program"),
	BODY("programa qmail-send"),
	/* the program's name survives every translation of its text ("tu program qmail-send") */
	BODY("program qmail-send"),
	/* dsnodd4: qmail's own "Received: (qmail 4711 invoked for bounce)"; Haraka writes the same
	 * line with its own name ("(Haraka 4711 invoked for bounce)") above Exim's template */
	{SCRAPE_IN_HEADERS, "(qmail ", "invoked for bounce)"},
	/* IndiMail, a qmail fork: "Received: indimail-mta queue 58962 by host x (invoked for bounce)" */
	{SCRAPE_IN_HEADERS, "indimail-mta queue", "invoked for bounce)"},
	/* the German and Dutch translations: "Hier ist das qmail-send Programm", "Dit is het
	 * qmail-send programma" */
	BODY("qmail-send programm"),
	/* i18n11: the Italian and French translations, "Questo è il programma qmail-send", "le
	 * programme qmail-send" */
	BODY("programma qmail-send"), BODY("programme qmail-send"),
	/* japan4: Japanese puts the name first ("こちらは host の qmail-send プログラムです") */
	BODY("qmail-send プログラム"),
	/* japan12: ISPs' and rental servers' own translations shorten it ("… の qmail プログラムです",
	 * "のqmailプログラムです") */
	BODY("qmail プログラム"), BODY("qmailプログラム"),
	BODY("^i'm afraid i wasn't able to deliver your message"),
	/* qmail clones and patched builds (qmail-ldap, vpopmail hosts): "Hi. This is the qmail
	 * program at host", or an English lead of their own above qmail's "<a@b>:" items */
	BODY("^hi. this is the qmail program"),
	BODY("^unfortunately, your mail was not delivered to the following address"),
	BODY("^unable to deliver message to the following address"), DETECT_END};
static const scrape_marker dragonfly_detect[] = {BODY("dragonfly mail agent"), DETECT_END};
static const scrape_marker opensmtpd_detect[] = {
	BODY("this is the mailer-daemon at"),
	BODY("this is the mailer-daemon, please do not reply"),
	BODY("an error has occurred while attempting to deliver a message"),
	DETECT_END};
/* Courier's notices come from "Courier mail server at host" <@>, whatever the language of the
 * template ("auf dem der Courier-Mailserver … läuft", "le serveur de messagerie Courier") */
static const scrape_marker courier_detect[] = {
	BODY("courier mail server"), FROM("courier mail server at "), DETECT_END};
static const scrape_marker exim_detect[] = {
	BODY("^this message was created automatically by mail delivery software"),
	BODY("^a message that you sent could not be delivered to one or more of"),
	BODY("^a message that you sent has not yet been delivered"),
	BODY("^a message that you sent contained one or more recipient addresses"),
	HEADER("eximdsn"),
	/* a host's translation of the template: Exim's own Received line for the bounce it wrote
	 * and its X-Failed-Recipients header stay */
	{SCRAPE_IN_HEADERS, "with local (exim ", "x-failed-recipients:"},
	/* i18n11: a translated delay warning has no X-Failed-Recipients; Exim's Received line and
	 * the From it writes on bounces and warnings ("Mail Delivery System <Mailer-Daemon@host>") */
	{SCRAPE_IN_HEADERS, "with local (exim ", "mail delivery system <mailer-daemon@"},
	/* … and the line Exim's code writes under each address, which no template translates
	 * (a delay warning has no X-Failed-Recipients) */
	BODY("smtp error from remote mail server after"),
	/* i18n13: a hosting panel's translated template (cPanel, DirectAdmin) with a local
	 * verdict quotes no remote reply; Exim's own subject stays, with the X-Failed-Recipients
	 * header Exim puts on every bounce (Haraka and AOL borrow the subject, not the header) */
	{SCRAPE_IN_HEADERS, "subject: mail delivery failed: returning message to sender",
	 "x-failed-recipients:"},
	DETECT_END};
static const scrape_marker postfix_detect[] = {
	BODY("^this is the postfix program"), BODY("^this is the mail system at host"),
	SUBJECT("postfix smtp server: errors from"),
	/* smtpd's notice to the postmaster, whatever its subject: " Out: 220 …" / " In:  …" */
	{SCRAPE_IN_BODY, "transcript of session follows.", " out: 220 "}, DETECT_END};
/* Postfix's own subject from its own sender, kept when a site translates the notice
 * (bounce_template_file); a header line, so a person's "Re: Undelivered Mail…" is not it;
 * tried after every other family, since ESPs and appliances built on Postfix keep it too */
static const scrape_marker postfix_subject_detect[] = {
	{SCRAPE_IN_HEADERS, "subject: undelivered mail returned to sender", "mailer-daemon"},
	/* whatever the template says, Postfix names its queue in the delivery-status part */
	STATUS("x-postfix-queue-id:"),
	/* japan4: … and its sender's comment, "MAILER-DAEMON@host (Mail Delivery System)", which
	 * a translated template keeps (Exim's is a display name, "Mail Delivery System <…>") */
	FROM2("mailer-daemon@", "(mail delivery system)"), DETECT_END};
/* the notice's own Received line: Postfix writes "Received: by host (Postfix) id QUEUEID"
 * on what it generates itself (bounces, delay warnings); mail it relays reads "(Postfix)
 * with ESMTP id", mail a local user submits "(Postfix, from userid N) id" */
static const scrape_marker postfix_received_detect[] = {HEADER(" (postfix) id "), DETECT_END};
/* family18: the gateway's MIME stamps (X-NAIMIME-Disclaimer, X-NAIMIME-Modified) name it as well */
static const scrape_marker mcafee_detect[] = {
	HEADER("x-nai-header"), BODY("mcafee"), HEADER("x-naimime-"), DETECT_END};
static const scrape_marker biglobe_detect[] = {
	FROM2("postmaster@", "biglobe.ne.jp"), FROM2("mailer-daemon@", "biglobe.ne.jp"), DETECT_END};
static const scrape_marker sendmail_detect[] = {
	BODY("following addresses had permanent fatal errors"),
	BODY("following addresses had transient non-fatal errors"),
	BODY("the original message was received at"),
	/* japan15: a site that translates sendmail's headings keeps its "Host unknown (Name
	 * server: x: host not found)" and its "(reason: …)" line under a dashed heading */
	BODY("host unknown (name server: "),
	{SCRAPE_IN_BODY, "    (reason: ", "   ----- "}, DETECT_END};
/* Sendmail's own subject and sender, kept when a site translates the notice text */
static const scrape_marker sendmail_subject_detect[] = {
	{SCRAPE_IN_HEADERS, "subject: returned mail: see transcript for details",
	 "mail delivery subsystem"}, DETECT_END};
static const scrape_marker v5sendmail_detect[] = {
	BODY("----- transcript of session follows"), BODY("----- unsent message follows"),
	DETECT_END};
static const scrape_marker domino_detect[] = {
	BODY("not listed in domino directory"), HEADER("x-mailer: lotus domino"),
	BODY("was not delivered to:"),
	/* the German template: "wurde nicht zugestellt an:" addr "weil:" reason */
	BODY("wurde nicht zugestellt an:"),
	/* family13: its German delay report ("Ihre Nachricht … wurde noch nicht zugestellt an:"),
	 * when no X-MIMETrack header came along */
	BODY("^wurde noch nicht zugestellt an:"), DETECT_END};
/* the Domino router signs what it sends out ("X-MIMETrack: Serialize by Router on …"), a
 * server it relays through too, so this counts only when no text names the writer: Domino's
 * delay report ("has not yet been delivered to:") has no sentence of its own */
static const scrape_marker domino_header_detect[] = {
	HEADER("x-mimetrack: serialize by router on "), DETECT_END};
static const scrape_marker notes_detect[] = {BODY("------- failure reasons"), DETECT_END};
static const scrape_marker messaging_detect[] = {
	FROM2("mailer-daemon@", "pmdf"), FROM2("pmdf", "mailer-daemon"),
	BODY("this report relates to a message you sent with the following header fields"),
	/* i18n6: its translated templates (German, French, Spanish, Italian) */
	BODY("dieser bericht bezieht sich auf eine nachricht"), BODY("ce rapport concerne un message"),
	BODY("este informe se refiere a un mensaje"), BODY("questo rapporto si riferisce a un messaggio"),
	HEADER("messaging server"), DETECT_END};
/* Barracuda's own hosts and headers; in the text only a host named barracuda.* or its
 * product's name, since any MTA quotes a refusal "blocked using b.barracudacentral.org" or
 * "Barracuda Reputation; http://www.barracudanetworks.com/reputation/" of a remote that
 * looked the sending IP up in Barracuda's public block list */
static const scrape_marker barracuda_detect[] = {
	/* in the delivery-status part only its own fields: a relay's DSN names a Barracuda-hosted
	 * remote ("Remote-MTA: dns; d1.ess.barracudanetworks.com") and quotes its reply
	 * ("blocked using Barracuda Reputation") without being one (heldout26) */
	HEADER("barracuda"), STATUS("^reporting-mta: dns; barracuda"),
	STATUS("^reporting-mta: dns;barracuda"), STATUS("^x-barracuda-"), BODY("; barracuda."),
	BODY("by barracuda."),
	BODY("from barracuda."), BODY("barracuda spam"), BODY("barracuda email"),
	BODY("(spam firewall)"), SUBJECT("blocked by our bulk email filter"), DETECT_END};
static const scrape_marker mimecast_detect[] = {HEADER("mimecast"), BODY("mimecast"), DETECT_END};
static const scrape_marker messagelabs_detect[] = {
	HEADER("messagelabs"), BODY("messagelabs"),
	BODY("this is the mail delivery agent at symantec email security"), DETECT_END};
static const scrape_marker sendgrid_detect[] = {
	HEADER("sendgrid"), BODY("automatically generated message from sendgrid"), DETECT_END};
/* PowerMTA's own fields in its delivery-status part name it whatever its notification text
 * says (a custom template, or none): X-PowerMTA-VirtualMTA, X-PowerMTA-BounceCategory */
static const scrape_marker powermta_status_detect[] = {STATUS("x-powermta-"), DETECT_END};
static const scrape_marker powermta_detect[] = {
	HEADER("x-powermta"), BODY("powermta"),
	BODY("to inform you on the delivery status of a"), DETECT_END};
static const scrape_marker amavis_detect[] = {BODY("amavis"), DETECT_END};
/* amavisd-new's own report: "WAS NOT delivered to:" would otherwise read as Domino */
static const scrape_marker amavis_report_detect[] = {
	FROM("content-filter at "), BODY("generated by the program amavisd"),
	BODY("generated by the amavisd-new program"), DETECT_END};
static const scrape_marker fml_detect[] = {
	BODY("you are not a member of this mailing list"), HEADER("x-mlserver: fml"), DETECT_END};
/* au.com addresses are served by the same system and its notices come from Postmaster@au.com */
static const scrape_marker ezweb_detect[] = {
	FROM2("postmaster@", "ezweb.ne.jp"), FROM("postmaster@au.com"),
	/* japan15: au's daemon sender, as docomo's */
	FROM2("mailer-daemon@", "ezweb.ne.jp"), FROM("mailer-daemon@au.com"), DETECT_END};
static const scrape_marker kddi_detect[] = {
	FROM2("no-reply@", ".dion.ne.jp"), FROM2("postmaster@", "auone-net.jp"),
	FROM2("no-reply@", "auone-net.jp"),
	{SCRAPE_IN_BODY, "your mail sent on:", "could not be delivered to:"},
	/* family15: the same notice listing several addresses, "could not be delivered to the
	 * following address(es):" */
	{SCRAPE_IN_BODY, "your mail sent on:", "could not be delivered to the following"}, DETECT_END};
static const scrape_marker docomo_detect[] = {
	FROM2("postmaster@", "docomo.ne.jp"), FROM2("mailer-daemon@", "docomo.ne.jp"), DETECT_END};
static const scrape_marker verizon_detect[] = {
	FROM2("sysadmin@", "vzwpix.com"), FROM2("postmaster@", "vtext.com"),
	/* rarefam2: the MMS gateway's daemon sender */
	FROM2("mailer-daemon@", "vzwpix.com"),
	/* the SMS gateway's own sender spells it with an underscore */
	FROM("post_master@vtext.com"), DETECT_END};
/* family13: verizon.net's own mail servers (vms*.mailsrvcs.net), whose notices list
 * "Recipient: <a>" with "Reason: …" under it: no layout of the gateways' */
static const scrape_marker verizon_mailsrvcs_detect[] = {
	FROM2("postmaster@", ".mailsrvcs."), FROM2("mailer-daemon@", ".mailsrvcs."),
	/* family15: the same servers' notices signed by verizon.net's own postmaster */
	FROM("postmaster@verizon.net"), DETECT_END};
static const scrape_marker mailfoundry_detect[] = {
	HEADER("mailfoundry"), BODY("this has been a permanent failure. no further delivery attempts"),
	/* the same closing sentence with two spaces after its full stop, found with the opening one */
	{SCRAPE_IN_BODY, "unable to deliver message to: <", "delivery failed for the following reason:"},
	DETECT_END};
static const scrape_marker mail2000_detect[] = {
	BODY("the following addresses had delivery errors"), DETECT_END};
static const scrape_marker trouble_detect[] = {
	BODY("we had trouble delivering your message"), DETECT_END};
static const scrape_marker banner_detect[] = {
	BODY("to the following recipients was aborted"),
	{SCRAPE_IN_BODY, "automatically generated delivery status notification", "technical details:"},
	DETECT_END};
static const scrape_marker bigfoot_detect[] = {
	FROM2("mailer-daemon@", "bigfoot.com"), HEADER("(litemail v"),
	/* family18: its notices signed by its postmaster */
	FROM2("postmaster@", "bigfoot.com"), DETECT_END};
/* SES receiving writes from the recipient domain's postmaster: its headers name SES */
static const scrape_marker amazonses_detect[] = {
	FROM2("mailer-daemon@", "amazonses.com"),
	{SCRAPE_IN_HEADERS, "x-ses-outgoing:", "report-type=delivery-status"},
	/* family13: SES's own opening sentence (WorkMail, on SES, writes it too and is told first
	 * by its X-Mailer), when the notice reaches us without SES's sender or headers */
	BODY("an error occurred while trying to deliver the mail to the following recipients"),
	DETECT_END};
static const scrape_marker aol_detect[] = {
	FROM("postmaster@aol.com"), FROM("mailer-daemon@aol.com"), DETECT_END};
/* family18: iCloud's outbound notices signed MAILER-DAEMON@icloud.com */
static const scrape_marker apple_detect[] = {
	FROM2("mailer-daemon@", ".apple.com"), FROM2("mailer-daemon@", "icloud.com"),
	/* family20: iCloud's DSNs signed by its postmaster */
	FROM2("postmaster@", "icloud.com"), DETECT_END};
static const scrape_marker yandex_detect[] = {FROM2("mailer-daemon@", "yandex."), DETECT_END};
/* GWIA's own sentence, also when a relay dropped its X-Mailer header */
static const scrape_marker groupwise_detect[] = {
	HEADER("groupwise"), BODY("groupwise"), BODY("^the message that you sent was undeliverable to the following"),
	/* delays6: the agent signs as "GWIA" (the GroupWise Internet Agent) in its From */
	FROM2("gwia", "postmaster@"),
	DETECT_END};

#define ADDR SCRAPE_F_ADDR_LINES
#define CTX_BEFORE SCRAPE_F_CONTEXT_BEFORE
#define SM_LINES SCRAPE_F_SENDMAIL_LINES

/* Families in detection order: the first whose marker matches wrote the bounce. */
const scrape_family scrape_families[] = {
	{"amazonses",       amazonses_json_detect, {NULL},                      SCRAPE_F_SES_JSON},
	{"powermta",        powermta_status_detect, {generic_rules},            ADDR},
	{"amazonworkmail",  workmail_detect,       {workmail_rules},            ADDR},
	{"googlegroups",    googlegroups_detect,   {googlegroups_rules},        SCRAPE_F_FAILED_HEADER | SCRAPE_F_RETURNED_TO},
	{"mailman",         mailman_detect,        {mailman_rules},             SCRAPE_F_RETURNED_TO},
	{"sympa",           sympa_detect,          {sympa_rules},               SCRAPE_F_RETURNED_TO},
	{"james",           james_detect,          {james_rules},               ADDR},
	{"trendmicro",      trendmicro_detect,     {trendmicro_rules, generic_rules}, ADDR | CTX_BEFORE},
	{"surfcontrol",     surfcontrol_header_detect, {surfcontrol_rules, generic_rules}, ADDR},
	{"mailmarshal",     mailmarshal_detect,    {mailmarshal_rules, generic_rules}, ADDR | CTX_BEFORE},
	{"surfcontrol",     surfcontrol_detect,    {surfcontrol_rules, generic_rules}, ADDR},
	{"yahoo",           yahoo_detect,          {qmail_rules, generic_rules}, ADDR},
	{"gmail",           gmail_detect,          {gmail_rules, gmail_state_rules}, ADDR},
	{"mail2000",        mail2000_detect,       {mail2000_rules},            ADDR},
	{"activehunter",    activehunter_detect,   {sendmail_rules},            ADDR | SM_LINES},
	{"mailru",          mailru_detect,         {mailru_rules, exim_rules, generic_rules}, ADDR},
	{"gmx",             gmx_detect,            {exim_rules, generic_rules}, ADDR},
	{"einsundeins",     einsundeins_detect,    {exim_rules},                ADDR},
	{"mxlogic",         mxlogic_detect,        {exim_rules},                ADDR},
	{"zoho",            zoho_detect,           {zoho_rules},                ADDR},
	{"mfilter",         mfilter_detect,        {mfilter_rules},             ADDR},
	{"imailserver",     imail_detect,          {imail_rules},               0},
	{"qmail",           qmail_detect,          {qmail_rules},               ADDR},
	{"dragonfly",       dragonfly_detect,      {dragonfly_rules},           0},
	/* family16: Yandex's own notices read like OpenSMTPD's ("This is the MAILER-DAEMON, please
	 * do not reply"); its sender address names it, so it goes first */
	{"yandex",          yandex_detect,         {yandex_rules, postfix_rules, generic_rules}, ADDR},
	{"opensmtpd",       opensmtpd_detect,      {opensmtpd_rules},           ADDR},
	{"courier",         courier_detect,        {courier_rules, generic_rules}, ADDR},
	{"exim",            exim_detect,           {exim_rules},                ADDR},
	{"apple",           apple_detect,          {postfix_rules, generic_rules},             ADDR},
	{"postfix",         postfix_detect,        {postfix_rules},             ADDR},
	/* Exchange's and Office 365's sentences, after the programs whose notices name
	 * themselves on their first lines: a Postfix notice may return, inline, a message
	 * that was an Exchange NDR */
	{"office365",       office365_detect,      {exchange_rules},            ADDR},
	{"hmailserver",     hmailserver_detect,    {hmailserver_rules},         ADDR},
	{"exchange2003",    exchange2003_detect,   {exchange2003_rules},        ADDR | SCRAPE_F_REPLY_NAMES},
	{"outlook",         outlook_detect,        {exchange_rules},            ADDR},
	{"exchange2003",    exchange2003_dsn_detect, {exchange2003_rules},      ADDR},
	{"exchange2007",    exchange2007_detect,   {exchange_rules},            ADDR},
	{"mcafee",          mcafee_detect,         {generic_rules},             ADDR},
	{"biglobe",         biglobe_detect,        {biglobe_rules},             ADDR},
	/* AOL's own mailer-daemon: its old sendmail layout (read by sendmail's rows, as Bigfoot's)
	 * and its "Email Returned" notice (generic rows) */
	{"aol",             aol_detect,            {sendmail_rules, generic_rules}, ADDR | SM_LINES},
	{"bigfoot",         bigfoot_detect,        {sendmail_rules},            ADDR | SM_LINES},
	{"sendmail",        sendmail_detect,       {sendmail_rules},            ADDR | SM_LINES},
	{"smail",           smail_detect,          {smail_rules},               ADDR},
	{"v5sendmail",      v5sendmail_detect,     {v5sendmail_rules},          SM_LINES | CTX_BEFORE | SCRAPE_F_RETURNED_TO},
	{"amavis",          amavis_report_detect,  {amavis_rules, generic_rules}, ADDR | CTX_BEFORE},
	/* Notes' "------- Failure Reasons" template names its layout better than the X-Mailer
	 * of the Domino server that sent it */
	{"notes",           notes_detect,          {notes_rules},               ADDR | CTX_BEFORE},
	{"domino",          domino_detect,         {domino_rules},              ADDR},
	{"messagingserver", messaging_detect,      {messaging_rules},           ADDR},
	{"barracuda",       barracuda_detect,      {generic_rules},             ADDR},
	{"mimecast",        mimecast_detect,       {generic_rules},             ADDR},
	{"messagelabs",     messagelabs_detect,    {messagelabs_rules, generic_rules}, ADDR},
	{"sendgrid",        sendgrid_detect,       {sendgrid_rules, generic_rules}, ADDR},
	{"powermta",        powermta_detect,       {generic_rules},             ADDR},
	{"amavis",          amavis_detect,         {generic_rules},             ADDR},
	{"fml",             fml_detect,            {fml_rules},                 SCRAPE_F_RETURNED_TO},
	/* KDDI's template ("Your mail sent on:" … "Could not be delivered to:") names it
	 * better than an ezweb.ne.jp sender, whose own notices never use it */
	{"kddi",            kddi_detect,           {kddi_rules},                ADDR},
	{"ezweb",           ezweb_detect,          {ezweb_rules},               ADDR | SCRAPE_F_CONTEXT_ALSO},
	{"docomo",          docomo_detect,         {generic_rules},             ADDR},
	{"verizon",         verizon_detect,        {verizon_rules, generic_rules}, CTX_BEFORE},
	{"verizon",         verizon_mailsrvcs_detect, {verizon_mailsrvcs_rules, generic_rules}, ADDR},
	{"mailfoundry",     mailfoundry_detect,    {mailfoundry_rules},         0},
	{"trouble",         trouble_detect,        {trouble_rules},             0},
	{"banner",          banner_detect,         {banner_rules},              ADDR | SCRAPE_F_CONTEXT_ALSO},
	/* SES receiving: "This message could not be delivered." names no one; the returned
	 * header's To: is the recipient of the domain that wrote the notice */
	{"amazonses",       amazonses_detect,      {generic_rules},             ADDR | SCRAPE_F_RETURNED_TO},
	{"groupwise",       groupwise_detect,      {generic_rules},             ADDR},
	{"mailmarshal",     mailmarshal_name_detect, {mailmarshal_rules, generic_rules}, ADDR | CTX_BEFORE},
	/* what a relay or the receiving side may add as well: only when no text named the writer.
	 * Postfix's own Received line first, since it is about the notice itself */
	{"postfix",         postfix_received_detect, {postfix_rules},           ADDR},
	{"domino",          domino_header_detect,  {domino_rules},              ADDR},
	{"office365",       office365_header_detect, {exchange_rules},          ADDR},
	{"exchange2007",    exchange_header_detect, {exchange_rules},           ADDR},
	{"postfix",         postfix_subject_detect, {postfix_rules},            ADDR},
	{"sendmail",        sendmail_subject_detect, {sendmail_rules},          ADDR | SM_LINES},
	{"trendmicro",      trendmicro_header_detect, {trendmicro_rules, generic_rules}, ADDR | CTX_BEFORE},
};
const size_t scrape_n_families = sizeof(scrape_families) / sizeof(scrape_families[0]);

/* An unknown MTA: an address next to a reply code, or a known phrase with an address. */
const scrape_family scrape_generic_family = {
	"generic", NULL, {generic_rules},
	ADDR | SCRAPE_F_SENDMAIL_LINES | SCRAPE_F_NEED_CODE | SCRAPE_F_WHOLE_BODY | SCRAPE_F_RETURNED_TO};

/* What makes a message from an unknown MTA look like a bounce at all. */
const scrape_marker scrape_bounce_markers[] = {
	FROM("mailer-daemon"),
	FROM("postmaster"),
	FROM("mail delivery"),
	FROM("mail administrator"),
	FROM("mdaemon@"), /* MDaemon's own sender, "MDaemon@host" */
	SUBJECT("undeliver"),
	SUBJECT("undelivered"),
	SUBJECT("returned mail"),
	SUBJECT("delivery fail"),
	SUBJECT("delivery status notification"),
	/* paraphrase30: "Delivery Status: failed" (a status label, then the verdict) */
	SUBJECT("delivery status: fail"),
	/* delay warnings from MTAs whose sender is no daemon name: "Warning: Message delivery
	 * delayed", "Message delayed", "Delivery delayed: …" (the autoreply gate lists them too) */
	SUBJECT("delivery delayed"),
	SUBJECT("message delayed"),
	/* paraphrase31: a pending notice's "Delivery status: pending", "Message not yet delivered"
	 * (web hosts, appliances, ESP relays whose sender is no daemon name) */
	SUBJECT("delivery status: pending"),
	SUBJECT("not yet delivered"),
	SUBJECT("failure notice"),
	SUBJECT("mail delivery"),
	SUBJECT("returned to sender"),
	SUBJECT("delivery problem"),
	SUBJECT("not delivered"),
	/* paraphrase7: forwarding services (alias, vanity-domain and privacy relays) report a refusal
	 * as a message "not forwarded" / that "could not be forwarded" */
	SUBJECT("not forwarded"),
	SUBJECT("could not be forwarded"),
	SUBJECT("nondeliverable"),
	SUBJECT("delivery notification"),
	/* engine11: a gateway's "Delivery report: <subject>", which lists the recipients
	 * delivered and those failed (only a failed one, next to its code, is kept) */
	SUBJECT("delivery report"),
	SUBJECT("non remis"),
	SUBJECT("unzustellbar"),
	SUBJECT("could not be delivered"),
	SUBJECT("nicht zustellbar"),
	SUBJECT("zustellung fehlgeschlagen"),
	/* heldout27: a German ESP's "Zustellfehler bei Ihrem Mailing" (delivery error) */
	SUBJECT("zustellfehler"),
	SUBJECT("non délivré"),
	SUBJECT("chec de la remise"),
	SUBJECT("no se puede entregar"),
	SUBJECT("no entregado"),
	SUBJECT("não entregue"),
	SUBJECT("non recapitabile"),
	SUBJECT("配信不能"),
	SUBJECT("配信エラー"),
	SUBJECT("送信エラー"),
	/* japan6: "配送" (delivery) beside "配信" in the error, failure and not-deliverable
	 * subjects ("配送エラー通知", "メール配送失敗のお知らせ", "配送不能メール"), "送信失敗", a
	 * delay's "配送遅延" / "配信遅延", "メールが届きませんでした", and an outbound filter's
	 * virus notice to the sender ("ウイルス検出のお知らせ") */
	SUBJECT("配送エラー"),
	SUBJECT("配送失敗"),
	SUBJECT("送信失敗"),
	SUBJECT("配送不能"),
	SUBJECT("配送遅延"),
	SUBJECT("配信遅延"),
	SUBJECT("届きませんでした"),
	SUBJECT("ウイルス検出"),
	/* japan7: an ESP's "ハードバウンスのお知らせ" / "バウンスメール通知" */
	SUBJECT("バウンス"),
	/* japan15 (second batch): Japanese ESPs call a bounce "エラーメール" ("エラーメール通知") */
	SUBJECT("エラーメール"),
	/* heldout21: an ESP's own English notice of a bounced address ("Bounce notification",
	 * "Hard bounce notice", "Bounce report for campaign …"); "bounce" alone would take a
	 * newsletter's "bounce back" */
	SUBJECT("bounce notification"),
	SUBJECT("bounce notice"),
	SUBJECT("bounce report"),
	SUBJECT("hard bounce"),
	SUBJECT("soft bounce"),
	/* japan10: a web service's notice that its mail "failed to send" ("[kintone] メール通知の送信に
	 * 失敗しました"), an outbound guard's refusal ("【送信却下】"), an ESP's delivery-result report */
	SUBJECT("送信に失敗"),
	SUBJECT("配信に失敗"),
	SUBJECT("配送に失敗"),
	SUBJECT("送信却下"),
	SUBJECT("配信結果"),
	/* localised non-delivery subjects (Exchange, Postfix translations, webmail providers) */
	SUBJECT("nicht zugestellt"),
	SUBJECT("zustellungsstatusbenachrichtigung"),
	SUBJECT("non distribué"),
	SUBJECT("non livré"),
	SUBJECT("état de remise"),
	SUBJECT("no entregad"),
	SUBJECT("no se pudo entregar"),
	SUBJECT("estado de entrega"),
	SUBJECT("não foi possível entregar"),
	SUBJECT("status de entrega"),
	SUBJECT("mancato recapito"),
	SUBJECT("impossibile recapitare"),
	SUBJECT("stato di consegna"),
	SUBJECT("onbestelbaar"),
	SUBJECT("niet bezorgd"),
	SUBJECT("niet afgeleverd"),
	SUBJECT("niedostarczon"),
	SUBJECT("nie dostarczon"),
	SUBJECT("nie można dostarczyć"),
	SUBJECT("недостав"), /* "Недоставленное сообщение", "недоставка" */
	SUBJECT("не доставлен"),
	SUBJECT("невозможно доставить"),
	SUBJECT("ошибка доставки"),
	SUBJECT("不達"),
	SUBJECT("配信失敗"),
	SUBJECT("配信状態"),
	SUBJECT("退信"),
	SUBJECT("投递失败"),
	SUBJECT("无法投递"),
	SUBJECT("无法送达"),
	SUBJECT("未送达"),
	SUBJECT("发送失败"),
	SUBJECT("传递状态通知"),
	/* more languages: Danish/Norwegian, Swedish, Dutch, Portuguese, Italian, Czech, Hungarian,
	 * Turkish, Greek, Ukrainian, traditional Chinese, Korean, Japanese */
	SUBJECT("kunne ikke leveres"),
	SUBJECT("kan ikke leveres"),
	SUBJECT("kan inte levereras"),
	SUBJECT("onbezorgbaar"),
	SUBJECT("falha na entrega"),
	SUBJECT("mensagem devolvida"),
	SUBJECT("mancata consegna"),
	SUBJECT("nedoručiteln"),
	SUBJECT("nebylo možné doručit"),
	SUBJECT("kézbesíthetetlen"),
	SUBJECT("teslim edilemedi"),
	SUBJECT("αδυναμία παράδοσης"),
	SUBJECT("無法傳遞"),
	SUBJECT("無法送達"),
	/* i18n15: "郵件傳送失敗" (Netvigator), "Сообщение / Письмо отклонено" (REG.RU), "郵件延遲通知" */
	SUBJECT("傳送失敗"),
	SUBJECT("сообщение отклонено"),
	SUBJECT("письмо отклонено"),
	SUBJECT("延遲通知"),
	SUBJECT("退件"),
	SUBJECT("반송"),
	SUBJECT("발송 실패"),
	SUBJECT("전송되지 않았"),
	SUBJECT("送信できませんでした"),
	SUBJECT("配送期限"),
	/* japan4: "could not be delivered" with 配信 and 配送 too (a gateway's own sender) */
	SUBJECT("配信できませんでした"),
	SUBJECT("配送できませんでした"),
	/* japan5: "was not sent / delivered" in the passive, and delivery stopped (a gateway's
	 * or an outbound filter's notice from its own sender: "…によりメールは送信されません
	 * でした", "ウイルス検出のため配送を中止しました") */
	SUBJECT("送信されませんでした"),
	SUBJECT("配信されませんでした"),
	/* japan15: the adnominal "配信されなかったメッセージ" (the message that was not delivered)
	 * and a gateway's "メールが拒否されました" (the mail was refused) */
	SUBJECT("配信されなかった"),
	SUBJECT("メールが拒否されました"),
	SUBJECT("配送されませんでした"),
	SUBJECT("配送を中止"),
	SUBJECT("配信を中止"),
	SUBJECT("送信を中止"),
	/* notices from list managers, CRMs and ESPs, webmail and old Unix MTAs under subjects of
	 * their own: "Your email to a@b bounced", "Bounce report for …", "We couldn't deliver your
	 * email to a@b", "Delivery error report for list …", "Failed mail", "mail failed, returning
	 * to sender", "Échec de distribution", "No pudimos entregar …", "Message sending failed" */
	SUBJECT("bounced"),
	SUBJECT("bounce report"),
	/* engine7: a list server's digest of the bounces its members' addresses gave */
	SUBJECT("bounce digest"),
	/* family8: ESPs' own notices name the bounce's type in the subject ("Hard bounce for
	 * your email", "Soft bounce: a@b") */
	SUBJECT("hard bounce"),
	SUBJECT("soft bounce"),
	SUBJECT("couldn't deliver"),
	SUBJECT("could not deliver"),
	SUBJECT("delivery error"),
	SUBJECT("failed mail"),
	SUBJECT("mail failed"),
	SUBJECT("chec de distribution"),
	SUBJECT("pudimos entregar"),
	SUBJECT("sending failed"),
	/* paraphrase9: a gateway's "Message rejected" subject; a help desk's or CRM's notice under a
	 * subject of its own ("Email notification to requester failed") that says what could not be
	 * sent or was not delivered to whom and gives a "Reason:" */
	SUBJECT("message rejected"),
	/* paraphrase27: appliances', panels' and webmail notices under subjects of their own:
	 * "Message blocked: <subject>", "Message could not be sent", "Your message was returned",
	 * "Delivery stopped" */
	SUBJECT("message blocked"),
	SUBJECT("could not be sent"),
	SUBJECT("message was returned"),
	SUBJECT("delivery stopped"),
	/* paraphrase28: "Message refused: <subject>" (a gateway), "Delivery cancelled: <subject>"
	 * (a relay whose TLS policy stopped it), "Message not sent - sending limit reached" (a host's
	 * outgoing relay), "Email notification failed for ticket #n" (a help desk); a list manager's
	 * or a scanner's notice under a subject of its own that says "Your message to a@b has been
	 * rejected" */
	SUBJECT("message refused"),
	SUBJECT("delivery cancelled"),
	SUBJECT("delivery canceled"),
	SUBJECT("message not sent"),
	SUBJECT("notification failed"),
	/* paraphrase29: a campaign tool's "Bounces from \"Spring catalogue\"" / "Bounces for
	 * campaign …", a webhook relay's "Bounce event for endpoint …", a shop platform's "Order
	 * emails failed to send" (the Japanese "送信に失敗" above) */
	SUBJECT("bounces from"),
	SUBJECT("bounces for"),
	SUBJECT("bounce event"),
	SUBJECT("failed to send"),
	{SCRAPE_IN_BODY, "your message to", "has been rejected"},
	{SCRAPE_IN_BODY, "could not be sent to", "reason:"},
	{SCRAPE_IN_BODY, "not delivered to", "reason:"},
	/* paraphrase15: the address before the verb ("the email you sent to a@b was not
	 * delivered", "Your fax to a@b was not sent"), each with a "Reason:" */
	{SCRAPE_IN_BODY, "was not delivered", "reason:"},
	{SCRAPE_IN_BODY, "was not sent", "reason:"},
	/* paraphrase22: an ESP's failure notice under a subject of its own ("Message failed: …")
	 * that says a message "could not be delivered" and gives a "Reason:"; a CRM's "Your email
	 * to 1 contact was not sent" */
	{SCRAPE_IN_BODY, "could not be delivered", "reason:"},
	SUBJECT("was not sent"),
	/* paraphrase23: the same notice whose verdict is labelled "Response:" or "Error:" (an API's
	 * alert quoting its JSON reply, a ticket system's "Error: recipient unknown"); a non-native
	 * English system notice "Mail send fail notice" / "Your mail … is sent fail" */
	{SCRAPE_IN_BODY, "could not be delivered", "response:"},
	{SCRAPE_IN_BODY, "could not be delivered", "error:"},
	SUBJECT("send fail"),
	SUBJECT("sent fail"),
	/* japan13: the same in Japanese, a gateway's or an outbound control's notice under a
	 * subject of its own ("送信制御のお知らせ") that says the mail "was not delivered / sent"
	 * and labels a "理由：" */
	{SCRAPE_IN_BODY, "配送されませんでした", "理由："},
	{SCRAPE_IN_BODY, "配送されませんでした", "理由:"},
	{SCRAPE_IN_BODY, "送信されませんでした", "理由："},
	{SCRAPE_IN_BODY, "送信されませんでした", "理由:"},
	{SCRAPE_IN_BODY, "配信されませんでした", "理由："},
	{SCRAPE_IN_BODY, "配信されませんでした", "理由:"},
	HEADER("x-failed-recipients:"),
	/* list and web software relays its mail library's refusal under a subject of its own:
	 * PHPMailer's "SMTP Error: The following recipients failed: a@b: 550 …" */
	BODY("smtp error: the following recipients failed"),
	/* an SMTP client library's refusal as web software prints it: "rcpt to:<a@b> failed: 553
	 * …" (Horde, Net_SMTP, scripts) */
	{SCRAPE_IN_BODY, "rcpt to:<", "> failed: "},
	/* a list manager's own notice: "could not deliver your posting … to:" then "a@b (host x
	 * said: 554 …)", the remote reply quoted the way Postfix does */
	{SCRAPE_IN_BODY, "could not deliver", " said: "},
	DETECT_END,
};

/*
 * A notice that reports a success, NOTIFY=SUCCESS answered as text without a delivery-status
 * part: Exchange 2003's "Delivery Status Notification (Relay)", "Your message has been
 * successfully relayed to the following recipients", Exchange's "Delivery to these recipients
 * or groups is complete".  Its address lines list recipients reached, not failed ones.
 */
const scrape_marker scrape_success_markers[] = {
	SUBJECT("delivery status notification (relay)"),
	SUBJECT("delivery status notification (success)"),
	BODY("successfully relayed to the following recipient"),
	BODY("delivery to these recipients or groups is complete"),
	BODY("delivery to these recipients or distribution lists is complete"),
	BODY("delivery to the following recipients succeeded"),
	BODY("delivery to the following recipient succeeded"),
	BODY("has been delivered to the following recipient"),
	BODY("was successfully delivered to the following recipient"),
	DETECT_END,
};
/* clang-format on */
/*
 * engine11: a list heading that says the recipients below it were reached: a gateway's
 * delivery report lists "Delivered successfully to:" above "Could not be delivered to:".
 * An address listed under it with no failure code of its own is no failed recipient.
 */
const char *const scrape_delivered_headings[] = {
    "delivered successfully",
    "successfully delivered",
    "delivery succeeded",
    "delivery was successful",
    "successful delivery",
    "successful deliveries",
    "relayed successfully",
    "successfully relayed",
    "was delivered to",
    "were delivered to",
    "has been delivered to",
    "have been delivered to",
    "delivered to:",
    "delivered:",
    "erfolgreich zugestellt",
    "remis avec succès",
    "entregado correctamente",
    "entregue com sucesso",
    "consegnato correttamente",
    NULL,
};

/* engine13: what an item's own text says when that recipient was reached, with no failure
 * code in it (qmail's "<a@b>:\n192.0.2.1 accepted message.\nRemote host said: 250 ok",
 * "<root@host>:\nDelivered to local mailbox."); the negations rule it out as above */
const char *const scrape_delivered_items[] = {
    "accepted message.",
    "delivered to local mailbox",
    "delivered to mailbox",
    "delivered successfully",
    "successfully delivered",
    /* i18n35: Turkish "… adresine ulaştı" (reached the address), "başarıyla teslim edildi" */
    "adresine ulaştı",
    "başarıyla teslim edildi",
    /* pairing3: a session transcript whose recipient's RCPT was accepted and whose DATA
     * drew the receiving server's acceptance ("<-- 250 2.0.0 Ok: queued as 4R8Bx…",
     * Sendmail's "250 2.0.0 … Message accepted for delivery"): the message reached it,
     * while the notice's other recipients were refused at RCPT (MDaemon) */
    "ok: queued as",
    "message accepted for delivery",
    NULL,
};

const char *const scrape_delivered_negations[] = {
    "not ",  "n't",  "unable", "fail", "unsuccess", "undeliver",
    "nicht", "pas ", "no ",    "não",  "non ",      NULL,
};
