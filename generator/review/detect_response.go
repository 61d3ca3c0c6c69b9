package review

// Detectors for what a clause commits to. Each lists English patterns, then Ukrainian stems.

var (
	// reaffirmText restates existing law or commitments rather than adding a duty.
	reaffirmText = detect([]string{
		`\b(reaffirm|reiterat|recall|re-?confirm)\w*`,
		`\bconfirm\w* (their|its) (commitment|obligation|adherence)`,
		`\b(respect|refrain)(s|ed|ing)?\b`, `\babide\w* by\b`, `\bremain\w* committed\b`,
		`\brecogni[sz]e\w*\b`, `\bnot to use\b`,
	}, []string{
		`підтверд\p{L}*`, `знову заяв\p{L}*`, `нагаду\p{L}*`, `повага`, `поважа\p{L}*`, `утрима\p{L}*`,
		`визна(ють|ючи|ватимуть)`, `не застосовуват\p{L}*`,
	})
	// positiveText is a duty to do something new for the protected state.
	positiveText = detect([]string{
		`\b(provide|provides|providing|assist|assists|deploy\w*|supply|supplies|deliver|station|defend|finance|fund|train|impose|re-?impose|reinstate|maintain a presence)\b`,
		`\btake\w* (all |such |the |any )?(necessary |appropriate |effective |collective )?(action|measures|steps)\b`,
		`\buse of (armed )?force\b`, `\bcome to (the|its) (aid|assistance|defen[cs]e)\b`,
		`\brender\w* (assistance|aid)\b`, `\bcontribut\w*\b`,
	}, []string{
		`нада\p{L}*`, `допомага\p{L}*`, `розгорта\p{L}*`, `розгорн\p{L}*`,
		`постача\p{L}*`, `захища\p{L}*`, `фінансува\p{L}*`, `вжива\p{L}* \p{L}* ?заход`, `вжит\p{L}* заход`,
		`застосуванн\p{L}* збройно\p{L}* сил`, `запровад\p{L}*`, `відновл\p{L}* санкц`,
	})
	// consultText is a duty to talk.
	consultText = detect([]string{
		`\bconsult\w*`, `\bhold talks\b`, `\bexchange\w* (of )?views\b`, `\bconven\w* (a )?meeting`,
	}, []string{`консульт\p{L}*`, `переговор\p{L}*`, `обмін\p{L}* думками`})
	// securityCouncilText names the UN Security Council (or the OSCE) ...
	securityCouncilText = detect([]string{`\bsecurity council\b`},
		[]string{`рад\p{L}* безпеки`})
	// ... as the place a remedy is sought ...
	referralText = detect([]string{
		`\b(seek|request|refer|bring|call\w* (up)?on|appeal|submit)\w*`,
		`\b(action|authori[sz]\w*|mandate|decision|resolution|approval)\b`,
	}, []string{
		`зверн\p{L}*`, `зверта\p{L}*`, `вимага\p{L}*`, `домага\p{L}*`, `дій`, `дії`, `рішенн\p{L}*`,
		`резолюц\p{L}*`, `санкціон\p{L}*`, `схвален\p{L}*`,
	})
	// ... unless the text makes the remedy independent of it.
	independentText = detect([]string{
		`\bnot (depend|be subject|require|await|be conditional)\w*`, `\b(regardless|irrespective) of\b`,
		`\bwithout (waiting|awaiting|prejudice)\b`, `\breport\w*\b`, `\binform\w*\b`,
	}, []string{`не залеж\p{L}*`, `незалежно від`, `без огляду`, `повідомля\p{L}*`, `інформу\p{L}*`})
	// unanimityText is a decision that any one member can block.
	unanimityText = detect([]string{
		`\bconsensus\b`, `\bunanim\w*`, `\bcommon accord\b`, `\bmutual (agreement|consent)\b`,
		`\ball (the )?(guarantors|guarantor states|parties|participants|signatories|member states) (agree|decide|concur|consent)`,
		`\bwith the (agreement|consent) of all\b`,
	}, []string{`консенсус\p{L}*`, `одностайн\p{L}*`, `одноголосн\p{L}*`, `спільною згодою`, `за згодою (всіх|усіх)`})
	// osceText names the OSCE, which decides by consensus of 57 states, Russia among them.
	osceText = detect([]string{`\bosce\b`, `\borgani[sz]ation for security and co-?operation in europe\b`},
		[]string{`обсє`, `організаці\p{L}* з безпеки та співробітництва`})
	// unlessText reverses a default: "relief lapses unless they decide to continue it".
	unlessText = detect([]string{`\bunless\b`}, []string{`якщо\p{L}* [^,]*не `, `хіба що`})
	// softDeadlineText is a deadline without a number.
	softDeadlineText = detect([]string{
		`\b(immediately|swiftly|promptly|expeditiously|forthwith|urgently)\b`,
		`\bas (soon|quickly|rapidly) as (possible|practicable|feasible)\b`, `\b(where|when|if) possible\b`,
		`\bwithout (undue )?delay\b`, `\bin due course\b`, `\bin a timely (manner|fashion)\b`, `\bat the earliest\b`,
	}, []string{`негайно`, `якнайшвидше`, `невідкладно`, `за можливості`, `оперативно`, `без зволікан\p{L}*`,
		`своєчасно`, `у найкоротші строки`})
	// hardDeadlineText is a deadline with a number of hours, days or weeks.
	hardDeadlineText = detect([]string{
		`\b(within|no later than|not later than|in no case later than)\s+(\S+\s+){0,3}?(hours?|days?|weeks?)\b`,
	}, []string{`(протягом|впродовж|не пізніше ніж через|не пізніше) (\S+ ){0,3}?(годин|доб|дн|тижн)`})
	// discretionText leaves each guarantor to choose whether and how to respond.
	discretionText = detect([]string{
		`\bas (it|they|each|each of them|each party|each participant|each guarantor) (deems?|considers?|judges?|finds?) (necessary|appropriate|fit)\b`,
		`\b(it|they) (deems?|considers?|judges?) (necessary|appropriate|fit)\b`,
		`\bin accordance with (its|their)( respective| own)?( legal and| national)? constitutional (processes|procedures|requirements)\b`,
		`\bas (necessary|needed|required)\b`,
		`\bsubject to (its|their)( respective| own)? (constitutional|national|domestic) (processes|procedures|requirements|law)\b`,
		`\bat (its|their) (own )?discretion\b`, `\bas appropriate\b`, `\bwhere appropriate\b`,
		`\bto the extent (possible|feasible|practicable)\b`, `\bmay (take|provide|decide|consider|offer|assist)\b`,
	}, []string{`як\p{L}* (вона |він |вони )?(вважа|визна)\p{L}* необхідн\p{L}*`, `вважатиме за необхідне`,
		`на (свій|власний) розсуд`, `відповідно до (своїх |їхніх |власних )?конституційн\p{L}* (процедур|процес|вимог)\p{L}*`,
		`в міру можливост\p{L}*`, `за потреби`, `за необхідності`, `можуть (надати|вжити|вирішити|розглянути)`})
	// floorText sets a minimum the response cannot go below.
	floorText = detect([]string{
		`\bat (a|the) minimum\b`, `\bat least\b`, `\b(no|not) less than\b`, `\bminimum (measures|package|contribution|level)\b`,
		`\bshall include\b`, `\bwill include\b`,
	}, []string{`щонайменше`, `не менше`, `як мінімум`, `мінімальн\p{L}*`})
	// measuresText names measures that can apply by themselves.
	measuresText = detect([]string{`\bmeasures\b`, `\bsanctions\b`}, []string{`заход\p{L}*`, `санкц\p{L}*`})
	// automaticText takes effect without a further decision.
	automaticText = detect([]string{
		`\bautomatic(ally)?\b`, `\bwithout (any )?(further|new|additional|other) (decision|act|vote)\b`,
		`\bipso facto\b`, `\bself-executing\b`,
	}, []string{`автоматичн\p{L}*`, `без (будь-якого )?(додатков|подальш|нов)\p{L}* рішенн\p{L}*`})
)
