/* delay_phrases.c - the one table of "this is a delay, the MTA will retry" phrases */
#include <stddef.h>
#include <string.h>
#include "delay_phrases.h"
#include "classify_text.h"

/*
 * Both consumers read this table: the classifier (is_delay_warning, a record
 * without an Action whose 4.x.x text says the sender keeps retrying) and the
 * free-text scrapers (delay_match, the subject or the failure section of a
 * notice).  Before delayone each kept its own list and they drifted apart:
 * a phrase found for one was missing from the other.  Every text is lower
 * case and matched as a substring of text lower-cased with white space runs
 * collapsed; a phrase another phrase here already contains is left out.
 *
 * A phrase must say the sender's queue is still retrying (or that the notice
 * is only a warning or a delay), never merely mention retrying: "nouvelle
 * tentative" alone also ends "aucune nouvelle tentative", "再試行" also
 * begins "再試行しましたが" (retried, then gave up), so the table holds the
 * future forms.  The STOPPED rows veto: a notice or reply that says it
 * stopped retrying ("will not be retried", "gave up after") is no delay,
 * whatever delay phrase it also holds.
 */
/* clang-format off */
#define DELAY(t, id)   {SCRAPE_R_DELAY, t, NULL, id}
#define STOPPED(t, id) {SCRAPE_R_NOT_DELAY, t, NULL, id}
const scrape_rule delay_phrases[] = {
    /* the scrapers' common DELAY rows, until delayone in scrape_families.c; which batch
     * added which is told in docs/scraping.md */
    DELAY("technical details of temporary failure", "delay.temporary"),
    DELAY("will keep trying", "delay.keep-trying"),
    DELAY("transient non-fatal errors", "delay.transient"),
    DELAY("will continue to attempt", "delay.continue-to-attempt"),
    DELAY("will continue to try", "delay.continue-to-try"),
    DELAY("recipients were delayed", "delay.recipients-were-delayed"),
    DELAY("status notification (delay)", "delay.subject"),
    DELAY("delivery status notification: delay", "delay.subject.delivery-status-notification"),
    DELAY("is delayed for more than", "delay.more-than"),
    DELAY("only a temporary failure report", "delay.temporary-report"),
    DELAY("warning: message", "delay.subject.warning-message"),
    DELAY("delayed mail", "delay.subject.delayed-mail"),
    DELAY("delivery delayed", "delay.subject.delivery-delayed"),
    DELAY("verzögert", "delay.de"),
    DELAY("(verzögerung)", "delay.de.verz-gerung"),
    DELAY("noch nicht zugestellt", "delay.de.noch-nicht-zugestellt"),
    DELAY("weiterhin versucht", "delay.de.weiterhin-versucht"),
    DELAY("versucht weiterhin", "delay.de.versucht-weiterhin"),
    DELAY("(retard)", "delay.fr"),
    DELAY("remise retardée", "delay.fr.remise-retard-e"),
    DELAY("pas encore été remis", "delay.fr.pas-encore-t-remis"),
    DELAY("pas encore pu être remis", "delay.fr.pas-encore-pu-tre-remis"),
    DELAY("message non encore remis", "delay.fr.message-non-encore-remis"),
    DELAY("remise différée", "delay.fr.remise-diff-r-e"),
    DELAY("simple avertissement", "delay.fr.simple-avertissement"),
    DELAY("continuerons d'essayer", "delay.fr.continuerons-d-essayer"),
    DELAY("(retraso)", "delay.es"),
    DELAY("entrega retrasada", "delay.es.entrega-retrasada"),
    DELAY("aún no se ha entregado", "delay.es.a-n-no-se-ha-entregado"),
    DELAY("seguirá intentando", "delay.es.seguir-intentando"),
    DELAY("todavía no ha sido entregado", "delay.es.todav-a-no-ha-sido-entregado"),
    DELAY("intentos de entrega continuarán", "delay.es.intentos-de-entrega"),
    DELAY("(atraso)", "delay.pt"),
    DELAY("entrega atrasada", "delay.pt.entrega-atrasada"),
    DELAY("ainda não foi entregue", "delay.pt.ainda-n-o-foi-entregue"),
    DELAY("(ritardo)", "delay.it"),
    DELAY("consegna ritardata", "delay.it.consegna-ritardata"),
    DELAY("ancora stato recapitato", "delay.it.ancora-stato-recapitato"),
    DELAY("ancora stato consegnato", "delay.it.ancora-stato-consegnato"),
    DELAY("consegna del messaggio ritardata", "delay.it.consegna-del-messaggio"),
    DELAY("(vertraging)", "delay.nl"),
    DELAY("bezorging vertraagd", "delay.nl.bezorging-vertraagd"),
    DELAY("nog niet bezorgd", "delay.nl.nog-niet-bezorgd"),
    DELAY("(opóźnienie)", "delay.pl"),
    DELAY("dostarczenie opóźnione", "delay.pl.dostarczenie-op-nione"),
    DELAY("nie została jeszcze dostarczona", "delay.pl.nie-zosta-a-jeszcze"),
    DELAY("задерж", "delay.ru"),
    DELAY("ещё не доставлено", "delay.ru-2"),
    DELAY("пока не доставлено", "delay.ru-4"),
    DELAY("配信遅延", "delay.ja"),
    DELAY("配信が遅れて", "delay.ja-2"),
    DELAY("まだ配信されていません", "delay.ja-3"),
    DELAY("まだ配送されていません", "delay.ja-4"),
    DELAY("配送遅延", "delay.ja-5"),
    DELAY("配送が遅れて", "delay.ja-6"),
    /* delays6: Exchange Online's Japanese heading "…への配信が遅延しています" and its subject
     * "配信の遅延: …" */
    DELAY("配信が遅延して", "delay.ja-9"),
    DELAY("配信の遅延", "delay.ja-10"),
    DELAY("引き続き配送を試み", "delay.ja-7"),
    DELAY("引き続き配信を試み", "delay.ja-8"),
    DELAY("延迟投递", "delay.zh"),
    DELAY("投递延迟", "delay.zh-2"),
    DELAY("尚未投递", "delay.zh-3"),
    DELAY("尚未送达", "delay.zh-4"),
    DELAY("bisher nicht zugestellt", "delay.de.bisher-nicht-zugestellt"),
    DELAY("nur eine warnung", "delay.de.nur-eine-warnung"),
    DELAY("pas encore été distribué", "delay.fr.pas-encore-t-distribu"),
    DELAY("nouvelles tentatives seront", "delay.fr.nouvelles-tentatives-seront"),
    DELAY("stato ancora consegnato", "delay.it.stato-ancora-consegnato"),
    DELAY("stato ancora recapitato", "delay.it.stato-ancora-recapitato"),
    DELAY("continuerà a tentare", "delay.it.continuer-a-tentare"),
    DELAY("solo un avviso", "delay.it.solo-un-avviso"),
    DELAY("novas tentativas serão", "delay.pt.novas-tentativas-ser-o"),
    DELAY("попытки доставки будут продолжены", "delay.ru-5"),
    DELAY("μόνο μια προειδοποίηση", "delay.el"),
    DELAY("δεν έχει παραδοθεί ακόμη", "delay.el-2"),
    DELAY("yalnızca bir uyarı", "delay.tr"),
    DELAY("henüz teslim edil", "delay.tr.hen-z-teslim-edil"),
    DELAY("forsinket", "delay.da-no.forsinket"),
    DELAY("ikke levert ennå", "delay.no.ikke-levert-enna"),
    DELAY("nog niet afgeleverd", "delay.nl.nog-niet-afgeleverd"),
    /* i18n14: the modal verb between ("kon nog niet worden afgeleverd / bezorgd"), "we blijven
     * het (opnieuw) proberen", and French "n'a pas encore pu être distribué" */
    DELAY("nog niet worden afgeleverd", "delay.nl.nog-niet-worden-afgeleverd"),
    DELAY("nog niet worden bezorgd", "delay.nl.nog-niet-worden-bezorgd"),
    DELAY("blijven het", "delay.nl.blijven-het"),
    DELAY("pas encore pu être distribué", "delay.fr.pas-encore-pu-etre-distribue"),
    DELAY("slechts een waarschuwing", "delay.nl.slechts-een-waarschuwing"),
    DELAY("endnu ikke leveret", "delay.da.endnu-ikke-leveret"),
    DELAY("fördröj", "delay.sv.fordroj"),
    DELAY("inte levererats ännu", "delay.sv.inte-levererats-annu"),
    DELAY("viivästy", "delay.fi.viivasty"),
    DELAY("ei ole vielä toimitettu", "delay.fi.ei-ole-viela-toimitettu"),
    /* i18n23: "(ei ole) vielä voitu toimittaa", not yet could be delivered */
    DELAY("vielä voitu toimittaa", "delay.fi.viela-voitu-toimittaa"),
    DELAY("continuera d'essayer", "delay.fr.continuera-d-essayer"),
    DELAY("aún no ha sido entregado", "delay.es.a-n-no-ha-sido-entregado"),
    DELAY("solo un aviso", "delay.es.solo-un-aviso"),
    DELAY("δεν έχει παραδοθεί ακόμα", "delay.el-3"),
    DELAY("ainda não foi possível entregar", "delay.pt.ainda-nao-foi-possivel-entregar"),
    DELAY("apenas um aviso", "delay.pt.apenas-um-aviso"),
    DELAY("continuaremos tentando", "delay.pt.continuaremos-tentando"),
    DELAY("chưa được gửi", "delay.vi.chua-duoc-gui"),
    DELAY("sẽ tiếp tục thử", "delay.vi.se-tiep-tuc-thu"),
    DELAY("暂时未能投递", "delay.zh-5"),
    DELAY("继续尝试投递", "delay.zh-6"),
    /* Gmail's "will retry for 46 more hours" and its heading, translated (were Exim rows) */
    DELAY("gmail будет повторять", "delay.will-retry-ru"),
    DELAY("gmail versucht es", "delay.will-retry-de"),
    DELAY("gmail réessaiera", "delay.will-retry-fr"),
    DELAY("gmail probeert het", "delay.will-retry-nl"),
    DELAY("** доставка не завершена **", "delay.incomplete-ru"),
    DELAY("** zustellung unvollständig **", "delay.incomplete-de"),
    DELAY("** entrega incompleta **", "delay.incomplete-es-pt"),
    DELAY("** distribution incomplète **", "delay.incomplete-fr"),
    DELAY("** consegna incompleta **", "delay.incomplete-it"),
    DELAY("** delivery incomplete **", "delay.incomplete"),
    /* the sender's own "will retry": for a time, until a date, the delivery; never a bare
     * "will retry", which also ends a remote server's "452 Mailbox full, will retry later"
     * quoted in a final bounce (delays2's trap) */
    DELAY("will retry for", "delay.will-retry"),
    DELAY("will retry until", "delay.will-retry-until"),
    DELAY("will retry delivery", "delay.will-retry-delivery"),
    DELAY("will retry sending", "delay.will-retry-sending"),
    DELAY("delayed, will retry", "delay.delayed-will-retry"),
    /* the classifier's words for a 4.x.x without an Action, until delayone its own list */
    DELAY("will be retried", "delay.text.will-be-retried"),
    DELAY("still trying", "delay.text.still-trying"),
    DELAY("not yet been delivered", "delay.text.not-yet-been-delivered"),
    DELAY("has been delayed", "delay.text.has-been-delayed"),
    DELAY("delivery is delayed", "delay.text.delivery-is-delayed"),
    DELAY("attempts will continue", "delay.text.attempts-will-continue"),
    DELAY("will be attempted again", "delay.text.will-be-attempted-again"),
    DELAY("warning only", "delay.text.warning-only"),
    DELAY("warning message only", "delay.text.warning-message-only"),
    DELAY("wird erneut versucht", "delay.text.wird-erneut-versucht"),
    DELAY("volverá a intentar", "delay.text.volvera-a-intentar"),
    DELAY("continuará tentando", "delay.text.continuara-tentando"),
    DELAY("tentará novamente", "delay.text.tentara-novamente"),
    DELAY("continuerà a provare", "delay.text.continuera-a-provare"),
    DELAY("riproverà", "delay.text.riprovera"),
    DELAY("opnieuw geprobeerd", "delay.text.opnieuw-geprobeerd"),
    DELAY("blijft proberen", "delay.text.blijft-proberen"),
    DELAY("blijven proberen", "delay.text.blijven-proberen"),
    DELAY("jeszcze nie została dostarczona", "delay.text.jeszcze-nie-zostaa-dostarczona"),
    DELAY("ponowi próbę", "delay.text.ponowi-probe"),
    DELAY("doręczenie zostało opóźnione", "delay.text.doreczenie-zostao-opoznione"),
    DELAY("se bude i nadále pokoušet", "delay.text.se-bude-i-nadale-pokouset"),
    DELAY("se bude dál pokoušet", "delay.text.se-bude-dal-pokouset"),
    DELAY("zatím nebyla doručena", "delay.text.zatim-nebyla-dorucena"),
    DELAY("повторит попытк", "delay.text.1"),
    DELAY("продолжит попытки", "delay.text.2"),
    DELAY("продовжить спроби", "delay.text.3"),
    DELAY("повторить спробу", "delay.text.4"),
    DELAY("ще не доставлено", "delay.text.5"),
    DELAY("yeniden denenecek", "delay.text.yeniden-denenecek"),
    DELAY("将继续尝试", "delay.text.6"),
    DELAY("계속 배달을 시도", "delay.text.7"),
    DELAY("배달을 계속 시도", "delay.text.8"),
    DELAY("아직 배달되지 않았", "delay.text.9"),
    /* delayone: the future forms of phrases dropped for also ending a failure's words
     * ("nouvelle tentative", "再試行", "再送を試み", "ponawiać próby", "будут повторены") */
    DELAY("une nouvelle tentative sera", "delay.fr.une-nouvelle-tentative-sera"),
    DELAY("nouvelle tentative aura lieu", "delay.fr.nouvelle-tentative-aura-lieu"),
    DELAY("continuera à essayer", "delay.fr.continuera-a-essayer"),
    DELAY("再試行します", "delay.ja.saishikou-shimasu"),
    DELAY("再試行しています", "delay.ja.saishikou-shiteimasu"),
    DELAY("再試行中", "delay.ja.saishikou-chuu"),
    DELAY("再送を試みます", "delay.ja.saisou-wo-kokoromimasu"),
    DELAY("będzie ponawiać próby", "delay.pl.bedzie-ponawiac-proby"),
    DELAY("będzie ponawiał", "delay.pl.bedzie-ponawial"),
    DELAY("попытки будут повторены", "delay.ru.popytki-budut-povtoreny"),
    DELAY("will continue trying", "delay.will-continue-trying"),
    DELAY("denemeye devam edece", "delay.tr.denemeye-devam-edecek"),
    /* i18n10 (merged after delayone): Swedish, Norwegian, Danish and Macedonian warnings */
    DELAY("endast en varning", "delay.sv.endast-en-varning"),
    DELAY("ännu inte kunnat levereras", "delay.sv.annu-inte-kunnat-levereras"),
    DELAY("fortsätter att försöka", "delay.sv.fortsatter-att-forsoka"),
    DELAY("bare en advarsel", "delay.no.bare-en-advarsel"),
    DELAY("kun en advarsel", "delay.da.kun-en-advarsel"),
    DELAY("ennå ikke levert", "delay.no.enna-ikke-levert"),
    DELAY("само предупредување", "delay.mk.samo-predupreduvanje"),
    DELAY("уште не е испорачана", "delay.mk.ushte-ne-e-isporachana"),
    DELAY("продолжиме да се обидуваме", "delay.mk.kje-prodolzhime"),
    /* i18n11 (merged after delayone): Czech, Polish and Swedish */
    DELAY("zatím nepodařilo doručit", "delay.cs.zatim-nepodarilo-dorucit"),
    DELAY("zpožděné doručení", "delay.cs.zpozdene-doruceni"),
    DELAY("opóźnienie w dostarczeniu", "delay.pl.opoznienie-w-dostarczeniu"),
    DELAY("kolejne próby doręczenia", "delay.pl.kolejne-proby-doreczenia"),
    DELAY("ännu inte levererats", "delay.sv.annu-inte-levererats"),
    /* japan5 (merged after delayone): "not yet delivered" in the potential form, "trying to
     * resend" */
    DELAY("配送できていません", "delay.ja.haisou-dekite-imasen"),
    DELAY("配信できていません", "delay.ja.haishin-dekite-imasen"),
    DELAY("再送を試みています", "delay.ja.saisou-wo-kokoromite-imasu"),
    /* i18n12: Korean "(전송이) 지연되고 있습니다" (is being delayed), "경고일 뿐" (only a
     * warning), "계속 재시도" (keeps retrying); Arabic "تأخر تسليم" (delivery delayed), "مجرد
     * تحذير" (only a warning) */
    DELAY("지연되고 있", "delay.ko.jiyeon-doego-it"),
    DELAY("경고일 뿐", "delay.ko.gyeonggo-il-ppun"),
    DELAY("계속 재시도", "delay.ko.gyesok-jaesido"),
    /* i18n15: Korean "아직 전달되지 않았" (not yet delivered), "계속 재전송" (keeps resending);
     * traditional Chinese "尚未送達", "將繼續嘗試"; Russian "повторные попытки доставки" */
    DELAY("아직 전달되지 않았", "delay.ko.ajik-jeondal-doeji-anat"),
    DELAY("계속 재전송", "delay.ko.gyesok-jaejeonsong"),
    DELAY("尚未送達", "delay.zh-tw.shangwei-songda"),
    DELAY("將繼續嘗試", "delay.zh-tw.jiang-jixu-changshi"),
    DELAY("продолжит повторные попытки", "delay.ru.prodolzhit-povtornye"),
    DELAY("تأخر تسليم", "delay.ar.takhir-taslim"),
    DELAY("مجرد تحذير", "delay.ar.mujarrad-tahdhir"),
    /* i18n13: Romanian "nu a fost (încă) livrat" with "încă" (yet), in either order, and
     * "încercările de livrare vor continua" (delivery attempts will continue), as translated
     * hosting templates write Exim's and Postfix's delay warnings */
    DELAY("nu a fost încă livrat", "delay.ro.nu-a-fost-inca-livrat"),
    DELAY("încă nu a fost livrat", "delay.ro.inca-nu-a-fost-livrat"),
    DELAY("livrare vor continua", "delay.ro.livrare-vor-continua"),
    /* i18n16: Hungarian "(az üzenetet) még nem sikerült kézbesíteni" (not yet delivered), "a
     * rendszer továbbra is megpróbálja / tovább próbálkozik" (keeps trying), "a kézbesítés(e)
     * késik" (is delayed); Indonesian "belum terkirim" (not yet sent), "akan mencoba mengirim
     * (ulang)"; Tagalog "hindi pa naipapadala", "susubukan muli" (will try again); Thai
     * "จะพยายามส่งอีกครั้ง" (will try to send again); Swahili "tutajaribu tena" / "itajaribu
     * tena" (we / it will try again) -- the future forms, never the "try again later" a failure
     * tells the sender */
    DELAY("még nem sikerült kézbesíteni", "delay.hu.meg-nem-sikerult-kezbesiteni"),
    DELAY("továbbra is megpróbálja", "delay.hu.tovabbra-is-megprobalja"),
    DELAY("kézbesítés késik", "delay.hu.kezbesites-kesik"),
    DELAY("kézbesítése késik", "delay.hu.kezbesitese-kesik"),
    DELAY("tovább próbálkozik", "delay.hu.tovabb-probalkozik"),
    DELAY("belum terkirim", "delay.id.belum-terkirim"),
    DELAY("akan mencoba mengirim", "delay.id.akan-mencoba-mengirim"),
    DELAY("hindi pa naipapadala", "delay.tl.hindi-pa-naipapadala"),
    DELAY("susubukan muli", "delay.tl.susubukan-muli"),
    DELAY("จะพยายามส่งอีกครั้ง", "delay.th.ja-phayayam-song-ik-khrang"),
    DELAY("tutajaribu tena", "delay.sw.tutajaribu-tena"),
    DELAY("itajaribu tena", "delay.sw.itajaribu-tena"),
    /* the sender's queue stopped: never a delay */
    STOPPED("will not be retried", "stopped.will-not-be-retried"),
    STOPPED("will not retry", "stopped.will-not-retry"),
    STOPPED("no further retries", "stopped.no-further-retries"),
    STOPPED("no further attempts", "stopped.no-further-attempts"),
    STOPPED("no further delivery attempts", "stopped.no-further-delivery-attempts"),
    STOPPED("retry timeout exceeded", "stopped.retry-timeout-exceeded"),
    STOPPED("gave up after", "stopped.gave-up-after"),
    STOPPED("giving up after", "stopped.giving-up-after"),
    STOPPED("keine weiteren zustellversuche", "stopped.de.keine-weiteren-zustellversuche"),
    STOPPED("keine weiteren versuche", "stopped.de.keine-weiteren-versuche"),
    STOPPED("wird nicht erneut versucht", "stopped.de.wird-nicht-erneut-versucht"),
    STOPPED("aucune nouvelle tentative", "stopped.fr.aucune-nouvelle-tentative"),
    STOPPED("ne sera pas retenté", "stopped.fr.ne-sera-pas-retente"),
    STOPPED("no se volverá a intentar", "stopped.es.no-se-volvera-a-intentar"),
    STOPPED("no se realizarán más intentos", "stopped.es.no-mas-intentos"),
    STOPPED("non verrà ritentat", "stopped.it.non-verra-ritentato"),
    STOPPED("não será tentad", "stopped.pt.nao-sera-tentado"),
    STOPPED("nie będzie ponawiać", "stopped.pl.nie-bedzie-ponawiac"),
    STOPPED("nie będzie ponawiał", "stopped.pl.nie-bedzie-ponawial"),
    STOPPED("не будут повторены", "stopped.ru.ne-budut-povtoreny"),
    STOPPED("не будут предприниматься", "stopped.ru.ne-budut-predprinimatsya"),
    STOPPED("denemeye devam edilmeyecek", "stopped.tr.denemeye-devam-edilmeyecek"),
    STOPPED("再試行は行いません", "stopped.ja.saishikou-wa-okonaimasen"),
    STOPPED("再試行しません", "stopped.ja.saishikou-shimasen"),
    STOPPED("不再重试", "stopped.zh.buzai-chongshi"),
    STOPPED("不再尝试", "stopped.zh.buzai-changshi"),
    {0, NULL, NULL, NULL},
};
/* clang-format on */

/* delay_phrases_folded - the phrases as the classifier's normalized text has them (accents
 * folded), built once for all threads (never freed) */
static const char *const *
delay_phrases_folded(void)
{
	static const char **folded;
	static gsize built = 0;

	if (g_once_init_enter(&built)) {
		gsize n = 0;

		while (delay_phrases[n].kind != 0)
			n++;
		folded = g_new(const char *, n + 1);
		for (gsize i = 0; i < n; i++)
			folded[i] = classify_text_fold_phrase(delay_phrases[i].text);
		folded[n] = NULL;
		g_once_init_leave(&built, 1);
	}
	return folded;
}

/* delay_phrase_in - does the classifier's normalized text (classify_text_normalize) say
 * the sender keeps retrying? */
gboolean
delay_phrase_in(const char *text)
{
	const char *const *folded;
	gboolean delay = FALSE;

	if (text == NULL)
		return FALSE;
	folded = delay_phrases_folded();
	for (gsize i = 0; delay_phrases[i].kind != 0 && !delay; i++)
		delay = delay_phrases[i].kind == SCRAPE_R_DELAY && strstr(text, folded[i]) != NULL;
	for (gsize i = 0; delay_phrases[i].kind != 0 && delay; i++)
		delay =
		    delay_phrases[i].kind != SCRAPE_R_NOT_DELAY || strstr(text, folded[i]) == NULL;
	return delay;
}
