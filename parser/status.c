/* status.c - what each SMTP reply code and enhanced status code says about a failure */
#include <string.h>
#include "status.h"

#define S STATUS_STRONG
#define W STATUS_WEAK

/*
 * Enhanced status codes: every code of RFC 3463 and the IANA registry that
 * grew from it (RFC 3886, 4468, 4865, 4954, 5248, 6531, 6710, 7293, 7372,
 * 7505, 8098, 8689), then codes that large providers use beyond it.  Entries
 * with a class digit apply to that class only and are looked up first.
 */
static const status_code status_codes[] = {
    /* X.0.x other or undefined */
    {"0.0", NULL, W, "other undefined status"},

    /* X.1.x addressing status */
    {"1.0", "userunknown", W, "other address status"},
    {"1.1", "userunknown", S, "bad destination mailbox address"},
    {"1.2", "hostunknown", S, "bad destination system address"},
    {"1.3", "userunknown", S, "bad destination mailbox address syntax"},
    {"1.4", "userunknown", W, "destination mailbox address ambiguous"},
    {"1.5", "userunknown", W, "destination mailbox address valid"},
    {"1.6", "hasmoved", S, "destination mailbox has moved, no forwarding address"},
    {"1.7", "rejected", S, "bad sender's mailbox address syntax"},
    {"1.8", "rejected", S, "bad sender's system address"},
    {"1.9", NULL, W, "message relayed to non-compliant mailer"},
    {"1.10", "notaccept", S, "recipient address has null MX"},
    {"1.11", "rejected", S, "sender address has null MX"},
    /* vendor: Exchange / Office 365 */
    {"1.90", "speeding", S, "sender has reached its daily message limit (Office 365)"},
    {"1.351", "userunknown", W, "remote server returned unknown recipient (Exchange)"},

    /* X.2.x mailbox status */
    {"2.0", NULL, W, "other or undefined mailbox status"},
    {"2.1", "suspend", W, "mailbox disabled, not accepting messages"},
    {"2.2", "mailboxfull", S, "mailbox full"},
    {"2.3", "exceedlimit", S, "message length exceeds administrative limit"},
    {"2.4", "systemerror", W, "mailing list expansion problem"},
    /* vendor: Office 365 */
    {"2.121", "speeding", S, "sender's hourly message limit exceeded (Office 365)"},
    {"2.122", "speeding", S, "recipient's hourly message limit exceeded (Office 365)"},

    /* X.3.x mail system status */
    {"3.0", "systemerror", W, "other or undefined mail system status"},
    {"3.1", "systemfull", S, "mail system full"},
    {"3.2", "systemerror", W, "system not accepting network messages"},
    {"3.3", "systemerror", W, "system not capable of selected features"},
    {"3.4", "mesgtoobig", S, "message too big for system"},
    {"3.5", "systemerror", S, "system incorrectly configured"},
    {"3.6", "policyviolation", W, "requested priority was changed"},
    /* vendor: Office 365.  ms365b: "5.3.190 Journaling on-premises messages to Microsoft 365
     * not supported when Journaling Archive is disabled" names one cause, a feature the
     * receiving tenant does not offer: strong, so its words ("is disabled") are no disabled
     * mailbox */
    {"3.190", "systemerror", S, "journaling on-premises messages not supported (Office 365)"},

    /* X.4.x network and routing status */
    {"4.0", "networkerror", W, "other or undefined network or routing status"},
    {"4.4.1", "expired", W, "no answer from host (the queue gave up)"},
    {"4.1", "networkerror", W, "no answer from host"},
    {"4.2", "networkerror", W, "bad connection"},
    {"4.3", "systemerror", W, "directory server failure"},
    {"4.4", "hostunknown", W, "unable to route"},
    {"4.5", "networkerror", W, "mail system congestion"},
    {"4.6", "networkerror", S, "routing loop detected"},
    {"4.7", "expired", W, "delivery time expired"},
    {"4.8", "networkerror", W, "mail loop (vendor)"},
    /* vendor: Office 365 */
    {"4.14", "networkerror", S, "hop count exceeded (Office 365)"},
    {"4.300", "expired", S, "message expired (Office 365)"},
    {"4.310", "hostunknown", S, "DNS domain does not exist (Office 365)"},
    {"4.312", "networkerror", S, "DNS query failed (Office 365)"},
    {"4.316", "expired", S, "message expired, connection refused (Office 365)"},
    {"4.317", "expired", S, "message expired, connection timed out (Office 365)"},
    {"4.318", "expired", S, "message expired, connection dropped (Office 365)"},

    /* X.5.x mail delivery protocol status */
    {"5.0", NULL, W, "other or undefined protocol status"},
    {"5.1", "syntaxerror", S, "invalid command"},
    {"5.2", "syntaxerror", S, "syntax error"},
    {"5.3", "toomanyconn", S, "too many recipients"},
    {"5.4", "syntaxerror", W, "invalid command arguments"},
    {"5.5", "syntaxerror", S, "wrong protocol version"},
    {"5.6", "syntaxerror", S, "authentication exchange line is too long"},

    /* X.6.x message content or media status */
    {"6.0", "contenterror", W, "other or undefined media error"},
    {"6.1", "contenterror", W, "media not supported"},
    {"6.2", "contenterror", S, "conversion required and prohibited"},
    {"6.3", "contenterror", S, "conversion required but not supported"},
    {"6.4", "contenterror", S, "conversion with loss performed"},
    {"6.5", "contenterror", S, "conversion failed"},
    {"6.6", "contenterror", S, "message content not available"},
    {"6.7", "contenterror", S, "non-ASCII addresses not permitted for that sender/recipient"},
    {"6.8", "contenterror", S, "UTF-8 string reply is required, but not permitted by the client"},
    {"6.9", "contenterror", S,
     "UTF-8 header message cannot be transferred to one or more recipients"},
    {"6.10", "contenterror", S, "UTF-8 message cannot be transferred"},
    /* vendor: Office 365 */
    {"6.11", "notcompliantrfc", S, "message contains bare line feeds (Office 365)"},

    /* X.7.x security or policy status */
    {"7.0", "securityerror", W, "other or undefined security status"},
    {"7.1", "securityerror", W, "delivery not authorized, message refused"},
    {"7.2", "securityerror", S, "mailing list expansion prohibited"},
    {"7.3", "securityerror", S, "security conversion required but not possible"},
    {"7.4", "securityerror", S, "security features not supported"},
    {"7.5", "securityerror", S, "cryptographic failure"},
    {"7.6", "securityerror", S, "cryptographic algorithm not supported"},
    {"7.7", "securityerror", S, "message integrity failure"},
    {"7.8", "securityerror", S, "authentication credentials invalid"},
    {"7.9", "securityerror", W, "authentication mechanism is too weak"},
    {"7.10", "securityerror", S, "encryption needed"},
    {"7.11", "securityerror", S, "encryption required for requested authentication mechanism"},
    {"7.12", "securityerror", S, "a password transition is needed"},
    {"7.13", "suspend", S, "user account disabled"},
    {"7.14", "securityerror", S, "trust relationship required"},
    {"7.15", "policyviolation", S, "priority level is too low"},
    {"7.16", "mesgtoobig", S, "message is too big for the specified priority"},
    {"7.17", "hasmoved", S, "mailbox owner has changed"},
    {"7.18", "hasmoved", S, "domain owner has changed"},
    {"7.19", "systemerror", S, "RRVS test cannot be completed"},
    {"7.20", "authfailure", S, "no passing DKIM signature found"},
    {"7.21", "authfailure", S, "no acceptable DKIM signature found"},
    {"7.22", "authfailure", S, "no valid author-matched DKIM signature found"},
    {"7.23", "authfailure", S, "SPF validation failed"},
    {"7.24", "authfailure", S, "SPF validation error"},
    {"7.25", "requireptr", S, "reverse DNS validation failed"},
    {"7.26", "authfailure", S, "multiple authentication checks failed (DMARC)"},
    /* RFC 7505: our sender's domain publishes a null MX, the recipient is fine */
    {"7.27", "rejected", S, "sender address has null MX"},
    {"7.28", "spamdetected", S, "mail flood detected"},
    {"7.29", "authfailure", S, "ARC validation failure"},
    {"7.30", "failedstarttls", S, "REQUIRETLS support required"},
    /* vendor: Office 365 / Exchange Online */
    {"7.57", "securityerror", S,
     "client was not authenticated to send anonymous mail (Office 365)"},
    {"7.64", "norelaying", S, "relay access denied by tenant attribution (Office 365)"},
    {"7.124", "rejected", S, "sender not in the allowed senders list of the group (Office 365)"},
    /* ms365b: Microsoft's 5.7.12, "sender was not authenticated by organization" (the
     * recipient's organization takes only senders it authenticated), refuses the sender as
     * 5.7.133-136 do; RFC 4954's 4.7.12 (a password transition) keeps the subject's row */
    {"5.7.12", "rejected", S,
     "sender was not authenticated by the recipient's organization (Office 365)"},
    /* exchange3: RESOLVER.RST.RestrictedToRecipientsPermission, the recipient accepts mail only
     * from listed senders (Microsoft's NDR table), the sender refused as 5.7.124 */
    {"7.129", "rejected", S, "sender not permitted to send to this recipient (Office 365)"},
    {"7.133", "rejected", S, "sender not authenticated for group (Office 365)"},
    {"7.134", "rejected", S, "sender not authenticated for mailbox (Office 365)"},
    {"7.135", "rejected", S, "sender not authenticated for public folder (Office 365)"},
    {"7.136", "rejected", S, "sender not authenticated for mail user (Office 365)"},
    {"7.501", "blocked", S, "access denied, spam abuse detected (Office 365)"},
    {"7.502", "blocked", S, "access denied, banned sender (Office 365)"},
    {"7.503", "blocked", S, "access denied, banned sender (Office 365)"},
    {"7.505", "blocked", S, "access denied, banned recipient (Office 365)"},
    {"7.506", "blocked", S, "access denied, bad HELO (Office 365)"},
    {"7.507", "blocked", S, "access denied, rejected by recipient (Office 365)"},
    {"7.508", "speeding", S, "access denied, sending IP over its permitted limits (Office 365)"},
    {"7.509", "authfailure", S, "access denied, sending domain fails DMARC (Office 365)"},
    {"7.510", "blocked", S,
     "access denied, the recipient domain does not accept mail over IPv6 (Office 365)"},
    {"7.511", "blocked", S, "access denied, banned sender (Office 365)"},
    {"7.512", "notcompliantrfc", S, "message must be RFC 5322 compliant (Office 365)"},
    {"7.513", "blocked", S, "client host blocked (Office 365)"},
    {"7.515", "authfailure", S,
     "access denied, sending domain does not meet the required authentication level (Outlook.com)"},
    {"7.520", "policyviolation", S,
     "access denied, the organisation does not allow external forwarding (Office 365)"},
    {"4.7.500", "speeding", S, "server busy, try again later: new IP throttled (Office 365)"},
    {"4.7.650", "badreputation", S,
     "temporarily rate limited because of the IP's reputation (Office 365)"},
    {"4.7.651", "badreputation", S,
     "temporarily rate limited because of the IP's reputation (Office 365)"},
    {"4.7.652", "toomanyconn", S,
     "the sending IP exceeded the maximum number of connections (Office 365)"},
    /* Microsoft documents 5.7.606-649 as one range: "Access denied, banned sending IP" */
    {"7.606", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.607", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.608", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.609", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.610", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.611", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.612", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.613", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.614", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.615", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.616", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.617", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.618", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.619", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.620", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.621", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.622", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.623", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.624", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.625", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.626", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.627", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.628", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.629", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.630", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.631", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.632", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.633", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.634", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.635", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.636", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.637", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.638", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.639", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.640", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.641", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.642", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.643", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.644", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.645", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.646", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.647", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.648", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.649", "blocked", S, "access denied, banned sending IP (Office 365)"},
    {"7.700", "blocked", S, "access denied, sending tenant banned (Office 365)"},
    {"7.705", "blocked", S, "access denied, tenant has exceeded threshold (Office 365)"},
    {"7.708", "blocked", S, "access denied, traffic not accepted from this IP (Office 365)"},
    {"7.750", "blocked", S,
     "service unavailable, client blocked from unregistered domains (Office 365)"},
};

/*
 * Reply codes of RFC 5321 (and RFC 1985, 2034, 3207, 4954, 7504) and the
 * vendor codes that circulate in operators' tables (the seeds/ articles).
 */
static const status_reply status_replies[] = {
    {101, "networkerror", "cannot connect to the server"},
    {111, "networkerror", "connection refused"},
    {200, NULL, "system status (nonstandard success)"},
    {211, NULL, "system status or help reply"},
    {214, NULL, "help message"},
    {220, NULL, "service ready"},
    {221, NULL, "service closing transmission channel"},
    {235, NULL, "authentication succeeded"},
    {250, NULL, "requested mail action okay, completed"},
    {251, NULL, "user not local; will forward"},
    {252, NULL, "cannot verify user, will attempt delivery"},
    {253, NULL, "messages pending for node started (ETRN)"},
    {334, NULL, "authentication challenge"},
    {354, NULL, "start mail input"},
    {355, NULL, "octet-offset is the transaction offset"},
    {420, "networkerror", "connection timed out (vendor)"},
    {421, "systemerror", "service not available, closing transmission channel"},
    {422, "mailboxfull", "recipient's mailbox exceeds its storage limit (vendor)"},
    {431, "systemfull", "not enough space on the disk, or out of memory (vendor)"},
    {432, "systemerror",
     "recipient's incoming mail queue has been stopped (vendor); password transition needed (RFC "
     "4954)"},
    {441, "networkerror", "recipient's server is not responding (vendor)"},
    {442, "networkerror", "connection dropped during transmission (vendor)"},
    {446, "networkerror", "maximum hop count exceeded (vendor)"},
    {447, "expired", "message timed out at the receiving server (vendor)"},
    {449, "networkerror", "routing error (vendor)"},
    {450, NULL, "requested mail action not taken: mailbox unavailable"},
    {451, "systemerror", "requested action aborted: local error in processing"},
    {452, "systemfull", "requested action not taken: insufficient system storage"},
    {453, "systemerror", "no mail (ATRN)"},
    {454, "failedstarttls", "TLS not available due to temporary reason"},
    {455, "syntaxerror", "server unable to accommodate parameters"},
    {458, "systemerror", "unable to queue messages for node (ETRN)"},
    {459, "systemerror", "node not allowed (ETRN)"},
    {471, "systemerror", "error of the local mail server or filter (vendor)"},
    {500, "syntaxerror", "syntax error, command unrecognized"},
    {501, "syntaxerror", "syntax error in parameters or arguments"},
    {502, "syntaxerror", "command not implemented"},
    {503, "syntaxerror", "bad sequence of commands"},
    {504, "syntaxerror", "command parameter not implemented"},
    {510, "userunknown", "bad email address (vendor)"},
    {511, "userunknown", "bad email address (vendor)"},
    {512, "hostunknown", "host of the recipient's domain not found in DNS (vendor)"},
    {513, "userunknown", "address type is incorrect (vendor)"},
    {521, "notaccept", "host does not accept mail (RFC 7504)"},
    {522, "mailboxfull", "recipient has exceeded mailbox limit (vendor)"},
    {523, "mesgtoobig", "message size exceeds the server limit (vendor)"},
    {530, "securityerror", "authentication required / must issue STARTTLS first"},
    {531, "systemfull", "mail system full (vendor)"},
    {534, "securityerror", "authentication mechanism is too weak"},
    {535, "securityerror", "authentication credentials invalid"},
    {538, "securityerror", "encryption required for requested authentication mechanism"},
    {541, "spamdetected", "recipient address rejected the message (vendor: spam filter)"},
    {550, NULL, "requested action not taken: mailbox unavailable"},
    {551, "hasmoved", "user not local; please try forward-path"},
    {552, "mailboxfull", "requested mail action aborted: exceeded storage allocation"},
    {553, "userunknown", "requested action not taken: mailbox name not allowed"},
    {554, NULL, "transaction failed"},
    {555, "syntaxerror", "MAIL FROM/RCPT TO parameters not recognized or not implemented"},
    {556, "notaccept", "domain does not accept mail (RFC 7504)"},
};

#undef S
#undef W

/* status_code_valid - check RFC 3463 syntax: class "." 1*3digit "." 1*3digit */
gboolean
status_code_valid(const char *s)
{
	int digits;

	if (s == NULL || (s[0] != '2' && s[0] != '4' && s[0] != '5') || s[1] != '.')
		return FALSE;
	s += 2;
	for (int part = 0; part < 2; part++) {
		for (digits = 0; g_ascii_isdigit(*s); s++)
			digits++;
		if (digits < 1 || digits > 3)
			return FALSE;
		if (part == 0 && *s++ != '.')
			return FALSE;
	}
	return *s == '\0';
}

/* code_is - strcmp(a, b) == 0, the first bytes compared inline: most rows differ there */
static inline gboolean
code_is(const char *a, const char *b)
{
	return a[0] == b[0] && strcmp(a, b) == 0;
}

/*
 * status_code_lookup - class-specific entry first, then subject.detail, then
 * for a detail no table knows (5.7.599, 4.4.399) the subject's own "other or
 * undefined" entry, as RFC 3463 asks of clients that meet an unknown detail.
 * Addressing and mailbox subjects (X.1, X.2) are left out: an unknown code
 * there says too little to call an address dead.
 */
const status_code *
status_code_lookup(const char *status)
{
	char subject[4];

	if (!status_code_valid(status))
		return NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(status_codes); i++) {
		if (code_is(status_codes[i].code, status))
			return &status_codes[i];
	}
	for (gsize i = 0; i < G_N_ELEMENTS(status_codes); i++) {
		if (code_is(status_codes[i].code, status + 2))
			return &status_codes[i];
	}
	if (status[2] == '1' || status[2] == '2' || status[3] != '.')
		return NULL;
	g_snprintf(subject, sizeof(subject), "%c.0", status[2]);
	for (gsize i = 0; i < G_N_ELEMENTS(status_codes); i++) {
		/* X.0 and X.5 say nothing of their own: an unknown detail there stays unknown */
		if (code_is(status_codes[i].code, subject))
			return status_codes[i].reason != NULL ? &status_codes[i] : NULL;
	}
	return NULL;
}

/* status_reply_lookup - exact three-digit reply code */
const status_reply *
status_reply_lookup(const char *reply)
{
	int code;

	if (reply == NULL || !g_ascii_isdigit(reply[0]) || !g_ascii_isdigit(reply[1]) ||
	    !g_ascii_isdigit(reply[2]) || reply[3] != '\0')
		return NULL;
	code = (reply[0] - '0') * 100 + (reply[1] - '0') * 10 + (reply[2] - '0');
	for (gsize i = 0; i < G_N_ELEMENTS(status_replies); i++) {
		if (status_replies[i].code == code)
			return &status_replies[i];
	}
	return NULL;
}

/* status_code_table - the enhanced code table */
const status_code *
status_code_table(gsize *n_r)
{
	*n_r = G_N_ELEMENTS(status_codes);
	return status_codes;
}

/* status_reply_table - the reply code table */
const status_reply *
status_reply_table(gsize *n_r)
{
	*n_r = G_N_ELEMENTS(status_replies);
	return status_replies;
}

/* scan_digits - length of a run of 1..3 digits at p (0 when none or more than 3) */
static gsize
scan_digits(const char *p, const char *end)
{
	gsize n = 0;

	while (p + n < end && g_ascii_isdigit(p[n]))
		n++;
	return n <= 3 ? n : 0;
}

/* after_reply_code - is p preceded by a three-digit reply code and one space or '-' ("550 ",
 * "550-"), itself at the start of the text or after a non-digit? */
static gboolean
after_reply_code(const char *text, const char *p)
{
	if (p - text < 4 || (p[-1] != ' ' && p[-1] != '-'))
		return FALSE;
	if (!g_ascii_isdigit(p[-2]) || !g_ascii_isdigit(p[-3]) || !g_ascii_isdigit(p[-4]))
		return FALSE;
	return p - text == 4 || !g_ascii_isalnum(p[-5]);
}

/* status_is_version - an X.0.D (D not 0) that no reply code comes right before */
gboolean
status_is_version(const char *text, gsize at, const char *detail, gsize detail_len)
{
	const char *p = text + at;

	if (p[2] != '0' || p[3] != '.' || (detail_len == 1 && detail[0] == '0'))
		return FALSE;
	return !after_reply_code(text, p);
}

/* status_find_code - last "C.S.D" token not glued to other digits or dots: the innermost reply */
gboolean
status_find_code(const char *text, gsize len, char *buf, gsize bufsize)
{
	const char *end = text + len;
	gboolean found = FALSE;

	for (const char *p = text; p + 5 <= end; p++) {
		gsize a, b;

		if ((*p != '2' && *p != '4' && *p != '5') || p[1] != '.')
			continue;
		/* nor a path's version component ("/usr/lib/perl/5.26.1" in a pipe's output) */
		if (p > text && (g_ascii_isdigit(p[-1]) || p[-1] == '.' || p[-1] == '/'))
			continue;
		a = scan_digits(p + 2, end);
		/* RFC 3463 defines subjects 0-7 only: "5.26.1" is a version number */
		if (a != 1 || p[2] > '7' || p + 2 + a >= end || p[2 + a] != '.')
			continue;
		b = scan_digits(p + 3 + a, end);
		if (b == 0)
			continue;
		if (status_is_version(text, p - text, p + 3 + a, b))
			continue;
		if (p + 4 + a + b < end && (p[3 + a + b] == '.' || p[3 + a + b] == '-') &&
		    g_ascii_isdigit(p[4 + a + b]))
			continue; /* an IP address or version number */
		if (3 + a + b + 1 > bufsize)
			return FALSE;
		memcpy(buf, p, 3 + a + b);
		buf[3 + a + b] = '\0';
		found = TRUE;
		p += 3 + a + b - 1;
	}
	return found;
}
