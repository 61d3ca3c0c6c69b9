package provision

// Families of qualifiers: each lists the ways the languages say one thing.
var (
	discretionFamily = fam([]string{
		`as (it|they|he|each( of them)?|each (party|guarantor|participant|state)|the (party|guarantor|state) concerned) (deems?|considers?|judges?|finds?|thinks?|sees?|regards?)( it)? (necessary|appropriate|fit|fitting|useful|suitable|proper|needed|required|advisable)`,
		`(such|the|any|all( the)?) (action|actions|measures|means|assistance|aid|support|steps|response)( \w+){0,3} ((as|that|which) )?(it|they|each[\w ]{0,20}) (deems?|considers?|judges?|finds?|thinks?)`,
		`(it|they) (deems?|considers?|judges?) (necessary|appropriate|fit|fitting)`,
		`whatever (action|actions|measures|assistance|aid|support|steps|response)[\w ]{0,30} (deems?|considers?|judges?|finds?|thinks?)( it)? (necessary|appropriate|fit|fitting|useful|suitable|proper|needed|required)`,
		`(in accordance with|according to|under|consistent with|through) (its|their)( respective| own)?( legal and| national| domestic)? constitution(al)?( provisions| processes| procedures| requirements| law)?( and (processes|procedures))?`,
		`as (its|their)( respective)? constitutions? (requires?|permits?|allows?|provides?)`,
		`subject to (its|their)( respective| own)? (constitutional|national|domestic|internal)( legal)? (processes|procedures|requirements|law|legislation)`,
		`at (its|their) (own )?discretion`, `as (appropriate|necessary|needed|required)`, `where (appropriate|necessary|needed)`, `as it sees fit`,
		`(if|when) (it|they) so (decides?|wishes?|chooses?)`, `in the manner (it|they) (chooses?|deems?|considers?)`,
		`(steps|measures|action|response)s? (that are |which are )?(appropriate|fitting|suitable)`, `appropriate (next )?(steps|measures|action|response)`,
		`(no|not any) (party|state|guarantor|participant|member) (shall|will|may|is to) be (required|obliged|bound|compelled) to`, `without its (own )?consent`,
	}, []string{`жодн\p{L}* (сторон|держав|гарант|учасник)\p{L}* не (може бути|зобов'язан)\p{L}*`, `без (її|його|їхньої) згоди`,

		`(яку|які|якої|що|таку|такі)[^.]{0,40}?(вважа|визна)\p{L}* (за )?(необхідн|доцільн|доречн|належн|потрібн)\p{L}*`,
		`(вважа|визна)\p{L}* (за )?(необхідн|доцільн|доречн|потрібн)\p{L}*`, `на (свій|власний|їхній) розсуд`,
		`відповідно до (своїх |їхніх |власних )?(конституційн|національн|внутрішн)\p{L}* (процедур|процес|вимог|законодавств|положен)\p{L}*`,
		`як (того )?вимага\p{L}* (її|їхн\p{L}*|своя|його) конституці\p{L}*`, `за потреби`, `за необхідності`, `у разі потреби`, `(в|у) міру можливост\p{L}*`,
		`доречн\p{L}* (заход|крок)\p{L}*`,
	})
	budgetFamily = fam([]string{
		`subject to (the )?(annual |availability of |available |future |parliamentary )?(appropriations?|funds?|funding|budget\w*)`,
		`availability of (appropriated |budgeted |sufficient )?(funds|appropriations|resources)`, `appropriated by`, `subject to (approval by )?(parliament|congress)`,
		`within the limits of (its |their |the )?(annual |national |available |existing )?(budget\w*|appropriations?|resources|means)( laws?)?`,
		`(within|from) (available|existing) (resources|budgets?|appropriations|means)`, `as (funds|resources|budgets?) (permit|allow)`,
		`in accordance with (its |their |the )?(national |annual )?budget(ary)? (laws?|procedures|rules|process)`,
	}, []string{
		`з урахуванням (наявн\p{L}* )?бюджетн\p{L}* (можливост|ресурс|асигнуван)\p{L}*`,
		`(в|у) межах (щорічн\p{L}* |наявн\p{L}* |бюджетн\p{L}* |передбачен\p{L}* |виділен\p{L}* )?(закон\p{L}* про (державний )?бюджет|бюджет\p{L}*|асигнуван\p{L}*|ресурс\p{L}*|кошт\p{L}*)`,
		`за наявності (коштів|фінансування|ресурсів|асигнувань)`, `залежно від бюджетн\p{L}*`, `з урахуванням бюджетн\p{L}* можливост\p{L}*`,
		`відповідно до (закон\p{L}* про )?(державн\p{L}* )?бюджет\p{L}*`,
	})
	effortsFamily = fam([]string{`(where|if|when|wherever) (possible|feasible|practicable)`, `as far as (possible|practicable)`, `to the extent (possible|feasible|practicable)`,
		`endeavou?r\w*`, `strive\w*`, `make every effort`, `best efforts`},
		[]string{`за можливості`, `по можливості`, `якщо (це )?можливо`, `наскільки (це )?можливо`, `доклада\p{L}* (\p{L}+ )?зусил\p{L}*`, `намага\p{L}*`})
	floorFamily = fam([]string{`at (a|the) minimum`, `at least`, `(no|not) less than`, `minimum (measures|package|contribution|level)`, `shall include`, `will include`,
		`(every|all)( the)?( military and other| available| possible| necessary)? (aid|assistance|means|support)( and (aid|assistance))? (in|within|at) (their|its) (power|disposal)`,
		`(by|with) all (the )?(available )?means (in|at|within) (their|its) (power|disposal)`},
		[]string{`щонайменше`, `не менше`, `як мінімум`, `мінімальн\p{L}*`, `всіма (наявними )?(в (нього|неї|них) )?засобами`, `(в|у) (їхній|його|її) владі`, `всі(ма)? (можливими |наявними )?засоб\p{L}*`})
	automaticFamily = fam([]string{`automatic(ally)?`, `without (any )?(further|new|additional|other) (decision|act|vote)`, `ipso facto`, `self-executing`},
		[]string{`автоматичн\p{L}*`, `без (будь-якого )?(додатков|подальш|нов)\p{L}* рішенн\p{L}*`})
	selfDefenceFamily = fam([]string{`self-defen[cs]e`, `article 51`}, []string{`самооборон\p{L}*`, `статт\p{L}* 51`})
	unilateralFamily  = fam([]string{`unilateral\w*`, `act(ing)? (alone|independently|individually)`, `on (its|their) own`, `by itself`, `individually if`,
		`(reserves?|retains?) the right to (take action|act|intervene)`, `right to intervene`,
		`(if|where|in so far as|insofar as|should|when) (the )?(common|joint|concerted|collective)( or (common|joint|concerted|collective))? action (fails|fail|is not possible|proves impossible|may not prove possible|cannot be (taken|agreed)|is impossible|is not agreed)`},
		[]string{`одноосібн\p{L}*`, `в односторонньому порядку`, `самостійн\p{L}*`, `залиша\p{L}* за собою право`, `право на втручання`,
			`(якщо|у разі, якщо|коли) спільн\p{L}* дії (виявляться|є|будуть) неможлив\p{L}*`})
	carveOutFamily = fam([]string{
		`(except|excluding|other than|with the exception of|save for|not including|does not (apply|extend) to|shall not (apply|extend) to)\s+(\S+\s+){0,3}?(territor\w*|areas?|regions?|zones?|districts?|crimea|donbas\w*|oblasts?|line of contact|occupied|lands?)`,
		`(territor\w*|areas?) (under|within) (the )?(administration|control|jurisdiction) of (its |the )?(government|ukraine|the beneficiary)`,
		`(territor\w*|areas?)( now| currently| at present)? (under|within) (its|their|the) (respective )?(administration|administrative control|effective control|control)`,
		`temporarily occupied`, `under government control`, `whose status (is|remains) (disputed|contested|unsettled|unresolved|to be settled|undetermined)`,
		`status remains to be (settled|determined)`, `disputed (areas|territor\w*)`,
	}, []string{
		`(крім|за винятком|окрім|не поширюється на)\s+(\S+\s+){0,3}?(територ|район|регіон|зон|област|крим|донбас|окупован|лінії)\p{L}*`,
		`тимчасово окупован\p{L}*`, `підконтрольн\p{L}* уряд\p{L}*`, `під (управлінням|контролем) (уряду|україни)`,
		`статус (яких|якої|якого) (є )?(спірн|неврегульован|не визначен)\p{L}*`,
	})
	unanimityFamily = fam([]string{`consensus`, `unanim\w*`, `common accord`, `mutual (agreement|consent)`,
		`(assent|consent|agreement|approval|concurrence) of (each|every|all)( the| of the)?( \w+)?`,
		`(each|every|all( the)?) (guarantors?|parties|party|participants?|member states?|governments?) (must )?(agree|consent|concur|approve)`,
		`both governments agree`, `if no (party|guarantor|participant) objects`, `(agreement|consent|assent) of both (sides|parties|participants)`, `all sides agree`},
		[]string{`консенсус\p{L}*`, `одностайн\p{L}*`, `одноголосн\p{L}*`, `спільною згодою`, `взаємною згодою`, `за згодою (кожн|всіх|усіх|обох)\p{L}*( \p{L}+)?`, `за згодою сторін`})
	majorityFamily = fam([]string{`(a |the )?(simple |qualified |absolute )?majority( vote)?( of)?`, `(two|three)[- ]thirds`, `vote of two thirds`},
		[]string{`більшіст\p{L}*`, `двома третинами`, `дві третини`, `двох третин`})
	unlessFamily  = fam([]string{`unless`}, []string{`якщо (\S+ ){0,6}?не`, `хіба що`})
	triggerFamily = fam([]string{`(if|where|should|whenever|upon|following|once|when|in the event (of|that)|in case( of)?)( [^,;]{1,80})`},
		[]string{`(у разі|в разі|у випадку|в випадку|якщо|коли)( [^,;]{1,80})`})
	attackFamily = fam([]string{`armed attack\w*`, `aggression`, `attack\w*`, `invasion`, `breach\w*`, `violation\w*`, `threat\w*`, `use of force`},
		[]string{`напад\p{L}*`, `агресі\p{L}*`, `вторгнен\p{L}*`, `порушен\p{L}*`, `загроз\p{L}*`})
	hardDeadlineFamily = fam([]string{`(within|no later than|not later than|in no case later than|in not more than)\s+(\S+\s+){0,3}?(hours?|days?|weeks?)`},
		[]string{`(протягом|впродовж|не пізніше ніж через|не пізніше ніж за|не пізніше)\s+(\S+\s+){0,3}?(годин\p{L}*|доб\p{L}*|дн\p{L}*|тижн\p{L}*)`})
	softDeadlineFamily = fam([]string{`immediately`, `swiftly`, `promptly`, `expeditiously`, `forthwith`, `urgently`, `at once`,
		`as (soon|quickly|rapidly) as (possible|practicable|feasible)`, `without (undue )?delay`, `in due course`, `in a timely (manner|fashion)`, `at the earliest`},
		[]string{`негайно`, `якнайшвидше`, `невідкладно`, `оперативно`, `без зволікан\p{L}*`, `своєчасно`, `у найкоротші строки`, `якомога швидше`, `щойно`})
	monitorFamily = fam([]string{`monitor\w*`, `observ\w*`, `gather\w* facts`}, []string{`моніторинг\p{L}*`, `спостереж\p{L}*`, `спостерігач\p{L}*`})
	verifyFamily  = fam([]string{`verif\w*`, `inspect\w*`, `investigat\w*`}, []string{`верифік\p{L}*`, `перевір\p{L}*`, `розслід\p{L}*`})
	passiveFamily = fam([]string{`(shall|will|must|is to|are to|should) (also |then |immediately |promptly )?be (\w+ed|given|taken|made|sent|held|undertaken|drawn|borne)`},
		[]string{`(має|мають|повинн\p{L}*) бути \p{L}+`, `\p{L}+(ється|ються|ено|ано|ито)`})
	councilFamily   = fam([]string{`(un |united nations )?security council`}, []string{`рад\p{L}* безпеки`})
	councilInformed = fam([]string{`report\w*[^.;]{0,60}security council`, `(until|when|once|as soon as|after) the (un |united nations )?security council (has )?(taken|acted|adopted|decided)`},
		[]string{`повідомля\p{L}*[^.;]{0,30}рад\p{L}* безпеки`, `(щойно|доки|поки|коли) рад\p{L}* безпеки`})
	councilAuthorises = fam([]string{`(subject to|upon|with|after|following|pending) (the |a |an |its )?(prior )?(authori[sz]ation|approval|decision|resolution|mandate|consent)s? (of|by|from) the (un |united nations )?security council`,
		`security council (authori[sz]\w*|decides|approves|mandates)`},
		[]string{`(за рішенням|з дозволу|за санкцією|після схвалення|за мандатом|за згодою) рад\p{L}* безпеки`})
	independentFamily = fam([]string{`not (depend|be subject|require|await|be conditional)\w*`, `(regardless|irrespective) of`, `without (waiting|awaiting)`},
		[]string{`не залеж\p{L}*`, `незалежно від`, `без огляду`})
)
