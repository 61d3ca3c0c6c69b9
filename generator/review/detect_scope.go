package review

// Detectors for when a clause applies, to whom and where. English patterns, then Ukrainian.

var (
	// attackText names the event a guarantee answers.
	attackText = detect([]string{`\b(armed attack|aggression|attack\w*|invasion|breach\w*|violation\w*|threat\w*|use of force)\b`},
		[]string{`напад\p{L}*`, `агресі\p{L}*`, `вторгнен\p{L}*`, `порушен\p{L}*`, `загроз\p{L}*`})
	// narrowTriggerText limits the trigger to the rarest or gravest attacks.
	narrowTriggerText = detect([]string{
		`\bin which nuclear weapons are used\b`, `\bnuclear (weapons? )?(attack|aggression|strike)`,
		`\bwith (the use of )?nuclear weapons\b`, `\bsignificant,? deliberate,? and sustained\b`,
		`\b(large-scale|full-scale|massive|flagrant|premeditated)\b`, `\bdeliberate and sustained\b`,
		`\bsustained (armed )?attack`, `\bdeclared war\b`,
	}, []string{`застосову\p{L}*ся ядерн\p{L}* збро\p{L}*`, `із застосуванням ядерно\p{L}* збро\p{L}*`, `ядерн\p{L}* (напад|агресі)\p{L}*`, `масштабн\p{L}*`, `повномасштабн\p{L}*`, `значн\p{L}*, навмисн\p{L}*`,
		`навмисн\p{L}* (і|та) тривал\p{L}*`, `оголошен\p{L}* війн\p{L}*`})
	// definitionText defines the trigger.
	definitionText = detect([]string{
		`\b"?armed attack"? (means|shall mean|includes)\b`, `\b"?aggression"? (means|shall mean|includes)\b`,
	}, []string{`"?збройний напад"? означає`, `"?агресія"? означає`})
	// ceasefireGapText activates a guarantee only once fighting has stopped.
	ceasefireGapText = detect([]string{
		`\b(only )?(after|following|upon|once|from the (date of )?(conclusion|signature|entry into force) of|subject to) (the )?(conclusion of (a|the) |signature of (a|the) |establishment of (a|the) )?(comprehensive |lasting |durable )?(ceasefire|cease-fire|cessation of hostilities|end of (active )?hostilities|end of the war|armistice|peace (agreement|settlement|treaty))`,
	}, []string{`після (укладення |підписання |встановлення |набрання чинності )?(угоди про )?(режиму )?(припинення вогню|перемир\p{L}*|припинення бойових дій|завершення (бойових|воєнних) дій|мирн\p{L}* (угод|договор)\p{L}*)`})
	// activationText is about when the guarantee starts to apply.
	activationText = detect([]string{
		`\b(apply|applies|take effect|takes effect|enter\w* into (force|effect)|come\w* into (force|effect)|become\w* (operative|effective|applicable)|activat\w*|begin|begins|commence\w*|available)\b`,
	}, []string{`застосову\p{L}*`, `набира\p{L}* чинност\p{L}*`, `почина\p{L}* діяти`, `набуде чинност\p{L}*`, `діют\p{L}*`, `активу\p{L}*`})
	// voidingText lets a guarantor walk away over the protected state's own conduct.
	voidingText = detect([]string{
		`\b(provocation|provocations|provoked|provoke\w*|unprovoked)\b`, `\bwithout (just |reasonable |good )?cause\b`,
		`\b(cease to apply|be void|become void|lapse|be suspended|be released|be relieved|be discharged) (if|where|in the event|should|when)\b`,
		`\b(released|relieved|discharged) from (their|its) (obligations|commitments)\b`,
	}, []string{`провокац\p{L}*`, `спровок\p{L}*`, `неспровок\p{L}*`, `без (достатніх |поважних )?(підстав|причин)\p{L}*`,
		`звільня\p{L}* від (своїх )?зобов'яз\p{L}*`})
	// conductText is something the protected state might do, for voidingBy.
	conductText = detect([]string{`\b(initiat|provok|violat|breach|fail|attack|escalat|resum)\w*`},
		[]string{`ініці\p{L}*`, `провок\p{L}*`, `поруш\p{L}*`, `ескал\p{L}*`, `відновить бойов`})
	// consequenceText ends or suspends the guarantee.
	consequenceText = detect([]string{`\b(cease[sd]?|ceasing|void\w*|lapse\w*|suspend\w*|releas\w*|reliev\w*|terminat\w*|no longer|not apply)\b`},
		[]string{`припиня\p{L}*`, `втрача\p{L}*`, `зупиня\p{L}*`, `звільня\p{L}*`, `не застосову\p{L}*`})
	// carveOutText excludes territory from the trigger.
	carveOutText = detect([]string{
		`\b(except|excepting|excluding|save for|with the exception of|other than|not (apply|extend) to|does not cover)\W+(\w+\W+){0,3}?(territor|region|crimea|donbas|donetsk|luhansk|oblast|areas?\b|zones?\b|line of contact|occupied|peninsula)`,
		`\btemporarily occupied\b`, `\b(under|within) the (effective )?control of the government of\b`, `\bgovernment-controlled\b`,
	}, []string{`(за винятком|крім|виключаючи|не поширю\p{L}* на)\s+(\S+\s+){0,3}?(територ|регіон|крим|донбас|донецьк|луганськ|област|район|зон|лінії (зіткнення|розмежування)|окупован)`,
		`тимчасово окупован\p{L}*`, `підконтрольн\p{L}* уряд\p{L}*`})
	// unilateralText claims a right to act alone.
	unilateralText = detect([]string{`\bunilateral\w*`, `\b(act|intervene|take (military )?action) alone\b`, `\bright to intervene\b`},
		[]string{`одноосібн\p{L}*`, `в односторонньому порядку`, `право на втручання`})
	// selfDefenceText frames action as self-defence under the Charter.
	selfDefenceText = detect([]string{`\bself-defen[cs]e\b`, `\barticle 51\b`}, []string{`самооборон\p{L}*`, `статт\p{L}* 51`})
	// capabilityText puts forces, stocks or money behind a promise.
	capabilityText = detect([]string{
		`\b(forces|troops|contingent|brigade|battalion|presence|air policing|stocks|stockpiles|ammunition|weapons|equipment|air defen[cs]e|funding|fund|financ\w*|budget|billion|million)\b`,
	}, []string{`військ\p{L}*`, `контингент\p{L}*`, `присутн\p{L}*`, `боєприпас\p{L}*`, `озброєнн\p{L}*`,
		`техні\p{L}*`, `фінансуванн\p{L}*`, `бюджет\p{L}*`, `мільярд\p{L}*`, `млрд`, `протиповітрян\p{L}*`})
	// appropriationsText makes money depend on each year's budget.
	appropriationsText = detect([]string{
		`\bsubject to (the )?(annual |availability of |available |future )?(appropriations?|funds|funding|budget\w*)\b`,
		`\bsubject to (the )?(approval of )?(annual |national )?budget\w*`, `\bwithin (the limits of )?(available|existing) (resources|budgets?|appropriations|means)\b`,
		`\bas (funds|resources|budgets?) (permit|allow)\b`,
	}, []string{`за наявності (коштів|фінансування|ресурсів)`, `в межах (наявних|бюджетних|передбачених) (ресурсів|асигнувань|коштів)`,
		`залежно від бюджетних`, `з урахуванням бюджетних можливостей`})
	// euMutualText relies on the EU's mutual assistance or solidarity clause.
	euMutualText = detect([]string{`\b(article )?42\s*\(7\)`, `\b(eu|union's|european union's) mutual assistance clause\b`,
		`\barticle 222\b`, `\bsolidarity clause\b`},
		[]string{`42\s*\(7\)`, `статт\p{L}* 222`, `положенн\p{L}* про солідарність`})
	// accessionFirstText makes reliance on EU clauses wait for membership.
	accessionFirstText = detect([]string{`\b(upon|after|from the date of|following) (its |ukraine's )?(accession|membership)\b`, `\bonce (ukraine|it) (becomes|has become) a member\b`},
		[]string{`після (набуття|вступу|приєднання)`, `з дня (набуття|вступу)`})
	// natoText makes accession to NATO part of the guarantee.
	natoText = detect([]string{`\b(accession to|membership (of|in)) (the )?(north atlantic treaty|nato)\b`, `\bjoin (the )?(nato|alliance)\b`,
		`\baccession of [\w' ]{1,30}? to (the )?(north atlantic treaty|nato)\b`,
		`\binvit\w* ukraine to (join|accede)`}, []string{`(приєднанн\p{L}*|членств\p{L}*|вступ\p{L}*) (\S+ ){0,3}?(до|в) (північноатлантичного договору|нато|організації північноатлантичного договору)`})
)
