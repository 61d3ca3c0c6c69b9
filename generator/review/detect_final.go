package review

// Detectors for mechanisms and final clauses written in custom text, for monitoring and
// sanctions, for the adversary's roles, and for the vocabulary of each form.

var (
	verificationText = detect([]string{`\b(verif\w*|monitor\w*|observ(e|es|ing|ation|ers?)|inspect\w*|fact-finding|attribut\w*|investigat\w*)\b`},
		[]string{`верифік\p{L}*`, `моніторинг\p{L}*`, `спостереж\p{L}*`, `інспек\p{L}*`, `розслід\p{L}*`, `встановлю\p{L}* факт`})
	// findingLinkText ties a verification finding to a response.
	findingLinkText = detect([]string{`\b(finding|findings|determination|determines|confirms|confirmed|established by)\b`},
		[]string{`висновк\p{L}*`, `висновок`, `підтверд\p{L}* факт`, `встанов\p{L}* комісі`})
	// dependentMandateText lets a monitoring mandate lapse by consent, consensus or renewal.
	dependentMandateText = detect([]string{
		`\b(renew\w*|extend\w*|prolong\w*)\b[^.]{0,40}\b(every|each|annually|yearly|six months|twelve months|one year|a year)\b`,
		`\b(consent|invitation|agreement) of (the host state|all|each|the parties to the conflict|both sides|both parties|all sides)\b`, `\bby consensus\b`,
		`\bmandate\w* (of|for) (one|1|six|6|twelve|12|three|3) (year|month)s?\b`, `\bat the invitation of\b`, `\bwith the consent of\b`,
	}, []string{`продовж\p{L}* (\S+ ){0,3}?(щороку|кожн\p{L}*|на рік|на шість місяців)`, `консенсус\p{L}*`, `за згодою`, `на запрошення`})
	sanctionsText = detect([]string{`\b(sanction\w*|restrictive measures|snap-?back|re-?impos\w*|reinstat\w*)\b`},
		[]string{`санкц\p{L}*`, `обмежувальн\p{L}* заход\p{L}*`})
	// decisionNeededText makes a measure wait for someone's decision.
	decisionNeededText = detect([]string{
		`\b(new|further|fresh|separate) (unanimous )?(decision|vote|resolution)\b`, `\bmay (decide to )?(re-?impose|reinstate|restore|reapply)\b`,
		`\b(will|shall|may) consider\b`, `\bdecide (whether|to re-?impose|on the re-?imposition)\b`, `\bunanim\w*`, `\bconsensus\b`,
		`\bsecurity council (decision|vote|resolution)\b`, `\bcouncil (decides|decision)\b`,
		`\brenew\w*\b[^.]{0,30}\b(every|each) (six|6|twelve|12) months\b`,
	}, []string{`нов\p{L}* рішенн\p{L}*`, `можуть відновити`, `розглянуть`, `одностайн\p{L}*`, `консенсус\p{L}*`, `рішенн\p{L}* рад\p{L}*`})
	durationContextText = detect([]string{`\b(in force|in effect|remain\w*|period|term|duration|valid|apply for|for a period)\b`},
		[]string{`ді(є|ятиме|ють)`, `чинн\p{L}*`, `строк\p{L}*`, `протягом`, `період\p{L}*`})
	noticeContextText = detect([]string{`\b(notice|notif\w*|denounc\w*|denunciat\w*|withdraw\w*|discontinu\w*|terminat\w*)\b`},
		[]string{`повідомлен\p{L}*`, `денонс\p{L}*`, `припин\p{L}*`, `вихід`, `вийти`})
	exitText = detect([]string{`\b(denounc\w*|denunciat\w*|withdraw (from|its participation)|discontinu\w*|terminate (its|their) participation)\b`,
		`\bmay (terminate|withdraw|leave)\b`},
		[]string{`денонс\p{L}*`, `вийти з`, `припинити (свою )?участь`})
	renewalText = detect([]string{`\b(renew\w*|extended automatically|tacitly)\b`}, []string{`продовжу\p{L}*`, `продовжен\p{L}*`})
	sunsetText  = detect([]string{
		`\b(expire|expires|shall expire|will expire|sunset|cease to (be in force|have effect|apply))\b`,
		`\bterminates? (automatically )?(on|upon|at|when|once|with)\b`, `\buntil (the )?(conclusion|signature|entry into force|end) of\b`,
	}, []string{`втрача\p{L}* чинн\p{L}*`, `припиня\p{L}* (свою )?ді\p{L}*`, `спливає`, `до (укладення|підписання) мирн\p{L}*`})
	// conditionText makes an ending depend on an event: a voiding condition, not a sunset.
	conditionText = detect([]string{`\b(if|where|in the event|should|unless|in case)\b`}, []string{word(`якщо|у разі|в разі|за умови`)})
	statusText    = detect([]string{`\bnot legally binding\b`, `\bno legal obligations\b`, `\bnot (a|an international) (treaty|agreement)\b`,
		`\bpolitical (commitments?|intentions?)\b`, `\bnot binding under international law\b`,
		`\bdoes not create (any )?(legal(ly binding)? )?(rights or )?obligations\b`, `\bwill not be legally binding\b`},
		[]string{`не є юридично обов'язков\p{L}*`, `не створює (жодних )?юридичних зобов'язань`, `політичн\p{L}* (зобов'язан|намір)\p{L}*`})
	entryIntoForceText = detect([]string{`\b(enter\w* into force|entry into force)\b`}, []string{`набира\p{L}* чинност\p{L}*`, `набрання чинност\p{L}*`, `набуде чинност\p{L}*`})
	ratificationText   = detect([]string{`\bratif\w*`, `\bacceptance or approval\b`}, []string{`ратифік\p{L}*`})
	provisionalText    = detect([]string{`\bprovisional(ly)? appli\w*`, `\bappl\w* provisionally\b`}, []string{`тимчасово застосову\p{L}*`, `тимчасов\p{L}* застосуванн\p{L}*`})
	registrationText   = detect([]string{`\barticle 102\b`, `\bregist(er|ered|ration) with the (secretariat|secretary-general)\b`}, []string{`статт\p{L}* 102`, `зареєстр\p{L}*`, `реєстрац\p{L}*`})
	authenticText      = detect([]string{`\b(equally )?authentic\b`, `\bequally valid\b`, `\bequal validity\b`}, []string{`автентичн\p{L}*`, `однаков\p{L}* сил\p{L}*`})
	prevailText        = detect([]string{`\bprevail\w*`}, []string{`переважн\p{L}* сил\p{L}*`, `має переваг\p{L}*`})
)

var (
	// roleText gives a party a guarantor's, verifier's, decision-maker's or approver's role.
	roleGuarantorText = detect([]string{`\b(guarant\w*|assur\w*|signator\w*)\b`}, []string{`гарант\p{L}*`, `запевн\p{L}*`})
	roleVerifierText  = detect([]string{`\b(verif\w*|monitor\w*|inspect\w*|observ\w*|commission|mission|member\w*|seat|represent\w*|co-?chair\w*)\b`},
		[]string{`верифік\p{L}*`, `моніторинг\p{L}*`, `спостереж\p{L}*`, `інспек\p{L}*`, `комісі\p{L}*`, `місі\p{L}*`, `член\p{L}*`, `представник\p{L}*`})
	roleDeciderText = detect([]string{`\b(decid\w*|decision\w*|vote\w*|veto\w*|unanim\w*|consensus)\b`},
		[]string{`виріш\p{L}*`, `рішенн\p{L}*`, `голос\p{L}*`, `вето`, `одностайн\p{L}*`, `консенсус\p{L}*`})
	roleApproverText = detect([]string{`\b(consent\w*|approv\w*|agree\w*|concur\w*|endors\w*|authori[sz]\w*)\b`},
		[]string{`згод\p{L}*`, `схвал\p{L}*`, `погодж\p{L}*`, `дозв\p{L}*`})
	// negationText excludes the adversary from the role the sentence describes.
	negationText = detect([]string{`\b(no|not|without|neither|nor|exclud\w*|other than|regardless|irrespective|except)\b`},
		[]string{word(`не|ні|без|жодн\p{L}*|незалежно|крім|за винятком`)})
)

var (
	// treatyWordsText is the vocabulary of a binding treaty (weaknesses.md §3), matched case-sensitively
	// on the rendered text of custom clauses in an MoU or declaration.
	treatyWordsText = detect([]string{`\bshall\b`, `\bParties\b`, `\bagree(s|d)? (to|that)\b`, `\bundertakes?\b`,
		`\bobligations?\b`, `\benters? into force\b`, `\bentry into force\b`, `\bratif\w*`, `\bdepositary\b`, `\bauthentic\b`, `\bDone at\b`},
		[]string{`Сторон\p{L}*`, `зобов'язуют\p{L}*`, `ратифік\p{L}*`, `набира\p{L}* чинност\p{L}*`, `набрання чинност\p{L}*`, `депозитар\p{L}*`,
			`автентичн\p{L}*`, `Вчинено`})
	// mouWordsText is the vocabulary of an MoU or declaration, out of place in a treaty.
	mouWordsText = detect([]string{`\bParticipants?\b`, `\bcomes? into effect\b`, `\bcoming into effect\b`, `\bmemorandum of understanding\b`,
		`\bnot legally binding\b`, `\bpolitical commitments?\b`, `\bintends? to\b`, `\bjointly decide\b`, `\bequally valid\b`, `\bSigned at\b`},
		[]string{`Учасник\p{L}*`, `почина\p{L}* діяти`, `не є юридично обов'язков\p{L}*`, `політичн\p{L}* зобов'язан\p{L}*`, `мають намір`})
	// strongMouWordsText is the part of that vocabulary no binding treaty uses, whatever its age.
	strongMouWordsText = detect([]string{`\bParticipants?\b`, `\bmemorandum of understanding\b`, `\bnot legally binding\b`, `\bpolitical commitments?\b`},
		[]string{`Учасник\p{L}*`, `не є юридично обов'язков\p{L}*`, `політичн\p{L}* зобов'язан\p{L}*`})
	treatyTitleText = detect([]string{`(?i)\b(treaty|agreement|convention|pact|protocol)\b`}, []string{`(?i)договір|угода|конвенці\p{L}*|пакт|протокол`})
	mouTitleText    = detect([]string{`(?i)\b(memorandum|declaration|arrangement|joint statement|communiqu\w*)\b`}, []string{`(?i)меморандум|декларац\p{L}*|заява|комюніке`})
)
