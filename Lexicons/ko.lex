# ko.lex: reply lexicon for Korean (한국어) as patients text it: polite -요/-습니다 forms,
# casual forms, dropped spaces (못가요, 갈수없어요), and consonant shorthand (ㅇㅇ, ㅇㅋ, ㄱㅅ).
#
# Written for Parlance from everyday Korean SMS/KakaoTalk usage; nothing here is copied
# from the evaluation corpora. Korean is matched word by word, and particles and endings
# attach to words, so stems carry `*` (취소* matches 취소할게요, 취소해 주세요). Stems are
# kept specific where a short one would catch other words: 가려워* not 가려* (가려고 "going
# to"), 아파요*/아프* not 아파* (아파트 "apartment"), 늦을 것 같* rather than 늦*.
# Negated phrases that carry the meaning (못 가요, 갈 수 없어요, 숨을 못 쉬어요, 문제없어요)
# are listed whole, with and without spaces. Romanized Korean is rare: only unambiguous
# thanks (gamsahamnida) are listed; "ne"/"nye" are left out because they spell the
# Slavic "no/not" (ne smogu). Review: a native reader of Korean can check this file alone.

@schema lexicon@1
@lang ko
@name Korean (한국어)

[confirm]
# "Yes, I will come / yes to the question": attendance, agreement, see-you-then.
맞아요
맞습니다
맞아
그래요
그럴게요
그렇게 할게요
그렇게 하겠습니다
좋아요
좋습니다
좋네요
좋아함
좋아요 표시*
가능합니다
가능해요
가능이요
가능
시간 됩니다
시간 돼요
확인합니다
예약 확인합니다
확정*
예약 확정*
참석*
갈게*
갈께*
가겠*
가요
갑니다
갈 거예요
갈 거에요
갈거예요
갈 수 있*
갈수있*
갈 수 있어요
방문하겠*
방문할게*
방문할께*
방문 예정*
내원하겠*
내원할게*
내원할께*
뵙겠습니다
뵐게요
뵐께요
봬요
뵈요
그때 봬요
그때 뵐게요
그때 뵙겠습니다
내일 봬요
내일 뵐게요
내일 뵙겠습니다
꼭 갈게*
꼭 가겠*
시간 맞춰 갈게*
늦지 않게 갈게*
예정대로*
예약대로*
문제없*
문제 없*
취소 안 할게요
취소 안할게요
취소 안 해요
취소 안 합니다
콜
가는 중*
가는중*
가고 있*
출발했*
출발합니다
✅
☑️
✔️
# Romanized Korean (typed on phones without a Korean keyboard): "I'll go", "see you".
galgeyo
kalgeyo
galkkeyo
ne galgeyo
gal su isseoyo
boepgesseumnida
# Added: 'of course' and 'sure'.
당연하죠
당연히요
당연히 가*
물론이죠
물론입니다
그럼요
가야죠
가야지요

[cancel]
# "I will not attend; release the slot": cancel, can't go, won't go, no.
취소*
예약 취소*
예약취소*
캔슬*
못 가*
못가*
못 갈*
못갈*
못 갑*
못갑*
갈 수 없*
갈수없*
갈 수가 없*
갈수가 없*
가기 어렵*
가기 어려울*
가기가 어렵*
가기가 어려울*
가기 힘들*
가기가 힘들*
방문 어렵*
방문이 어렵*
방문이 어려울*
방문 못*
방문이 힘들*
방문 불가*
참석 못*
참석이 어렵*
참석 어렵*
참석이 어려울*
참석 불가*
참석이 힘들*
불참*
안 갈*
안갈*
안 가요
안가요
안 갑*
안갑*
안 가겠*
안가겠*
아니요
아니오
아뇨
아녀
노노
싫어요
필요 없*
필요없*
안 될 것 같*
안될것같*
안 될 거 같*
안될거같*
안 돼요
안돼요
안 됩니다
안됩니다
어려울 것 같*
어려울것같*
어려울 거 같*
어려울거같*
힘들 것 같*
힘들것같*
힘들 거 같*
힘들거같*
시간이 안 돼*
시간이 안 되*
시간 안 돼*
시간이 안돼*
시간이 없*
시간 없*
❌
🙅
# "I don't need to go / I'll skip it" (안 가도 돼요, 패스할게요), "it doesn't work" (안 되는데).
안 가도 될*
안 가도 돼*
안 가도 되*
안가도 될*
안가도 돼*
안가도 되*
패스할게*
패스할께*
패스하겠*
안 되는데*
안되는데*
안 되겠*
안되겠*
안 될 듯*
안될듯*
mot gayo
mot galgeyo
mot ga yo
chwiso*
yeyak chwiso*
# Added: English cancel inside Korean replies ("예약 cancel 해주세요").
cancel*
# Added: the 어려워/어려운/힘든 endings (가기 어려워요, 참석이 어려워요): 어렵* and 힘들* only match the spellings they start with.
가기 어려워*
가기가 어려워*
가기 어려운*
가기가 어려운*
가기 힘든*
가기가 힘든*
방문 어려워*
방문이 어려워*
방문이 어려운*
참석 어려워*
참석이 어려워*
참석이 어려운*
참석하기 어려워*
참석하기 어렵*
방문하기 어려워*
방문하기 어렵*
내원 어려워*
내원이 어려워*
내원하기 어려워*
내원하기 어렵*
내원이 어렵*
내원 어렵*

[reschedule]
# "I want another time": change, move, postpone, earlier/later, another day.
변경*
예약 변경*
예약변경*
날짜 변경*
시간 변경*
일정 변경*
바꾸*
바꿀*
바꿔*
바꿨*
옮기*
옮길*
옮겨*
미루*
미룰*
미뤄*
연기*
다른 날*
다른날*
다른 시간*
다른시간*
다른 날짜*
다른 요일*
다른 때*
다른 시간대*
다음 주로*
다음주로*
다음에 갈게*
다음에 갈께*
다음에 할게*
다음에 가도*
다음 기회*
재예약*
다시 예약*
예약 다시*
다시 잡*
일정 조정*
시간 조정*
날짜 조정*
예약 조정*
앞당기*
앞당겨*
앞당길*
당겨 주*
당겨주*
늦은 시간*
더 늦게*
좀 더 늦게*
이른 시간*
더 일찍*
좀 더 일찍*
오후로*
오전으로*
저녁으로*
가능한 시간*
예약 이동*
예약을 옮*
# Asking for a free slot (자리 있나요, 빈 시간), and adjusting with words in between.
자리 있*
자리가 있*
자리 남*
빈자리*
빈 자리*
빈 시간*
빈시간*
비는 시간*
예약 가능한*
예약 가능할까*
예약이 가능*
가능한 날*
가능한 요일*
가능한 시간*
시간 … 조정*
일정 … 조정*
날짜 … 조정*
예약 … 조정*
조정해 주*
조정해주*
조정 가능*
시간 … 바꿔*
날짜 … 바꿔*
다른 날로*
다른 요일로*
byeongyeong*
nalja bakkwo*
# Another weekday offered after declining ("내일은 안 되는데 금요일은 돼요").
월요일은 돼*
월요일은 가능*
월요일에 가능*
월요일은 괜찮*
월요일은 될*
화요일은 돼*
화요일은 가능*
화요일에 가능*
화요일은 괜찮*
화요일은 될*
수요일은 돼*
수요일은 가능*
수요일에 가능*
수요일은 괜찮*
수요일은 될*
목요일은 돼*
목요일은 가능*
목요일에 가능*
목요일은 괜찮*
목요일은 될*
금요일은 돼*
금요일은 가능*
금요일에 가능*
금요일은 괜찮*
금요일은 될*
토요일은 돼*
토요일은 가능*
토요일에 가능*
토요일은 괜찮*
토요일은 될*
일요일은 돼*
일요일은 가능*
일요일에 가능*
일요일은 괜찮*
일요일은 될*
시간을 … 조정*
일정을 … 조정*
날짜를 … 조정*
예약을 … 조정*
조정할 수*
# Added: next week or another day offered as a question (다음 주 가능할까요).
다음 주 가능*
다음주 가능*
다음 주는 가능*
다음주는 가능*
다음 주에 가능*
다음주에 가능*
다음 주는 돼*
다음주는 돼*
다음 주는 괜찮*
다음주는 괜찮*
다음 주 괜찮*
다음주 괜찮*
다음 주는 될*
다음주는 될*
다음 주에 가도*
다음주에 가도*
주말은 가능*
주말에 가능*
주말은 괜찮*
모레는 가능*
모레는 돼*
모레 가능*
내일모레 가능*
다른 날 가능*
다른 날은 가능*
# Added: a slot before or after a time, asked as a question (3시 전에 가능할까요).
전에 가능할까*
후에 가능할까*
이후에 가능할까*
이전에 가능할까*
전에 가능한가*
후에 가능한가*
이후에 가능한가*
전에 가능한지*
이후에 가능한지*
전에 되나*
이후에 되나*
후에 되나*

[late]
# "I am coming but will be late": late, traffic, nearly there, please wait.
늦을 것 같*
늦을것같*
늦을 거 같*
늦을거같*
늦을 듯*
늦을듯*
늦어*
늦겠*
늦을게*
늦을께*
늦습니다
늦었*
늦을 수도*
늦을수도*
늦을 예정*
늦게 도착*
늦게 갈*
늦게 가*
지각*
늦어질*
늦어지*
조금 늦*
좀 늦*
살짝 늦*
약간 늦*
몇 분 늦*
차가 막혀*
차가 막히*
차 막혀*
차막혀*
길이 막혀*
길이 막히*
길 막혀*
길막혀*
도로가 막혀*
교통이 막혀*
교통체증*
차가 밀려*
차 밀려*
거의 다 왔*
거의 도착*
곧 도착*
금방 도착*
바로 도착*
금방 가*
금방 갈게*
곧 갈게*
기다려 주세요
기다려주세요
조금만 기다려*
잠시만 기다려*
잠깐만 기다려*
제시간에 못*
제시간에 도착 못*
제시간에 가기 어려*
정시에 못*
시간 맞춰 가기 어려*
시간 맞추기 어려*
시간 맞추기 힘들*
버스가 늦*
지하철이 늦*
# Traffic with words in between (차가 많이 막혀요), and "can you wait for me".
차가 … 막혀*
차가 … 막히*
차가 … 밀려*
길이 … 막혀*
길이 … 막히*
도로가 … 막혀*
기다려 주실*
기다려주실*
기다려 주시*
기다려주시*
기다려 줄 수*
기다려줄 수*
기다려 주세여
neujeul geot gata*
neujeul geo gata*
neujeoyo
neujeulgeyo

[symptom]
# Non-emergency health reports, medication side effects, low mood or anxiety.
기침*
가래*
열이 나*
열이나*
열나*
열 나*
열이 있*
열이 높*
열이 안 내려*
열이 계속*
미열*
고열*
발열*
몸살*
감기*
두통*
머리가 아파*
머리가 아프*
머리가 아픕*
머리 아파*
머리아파*
머리가 지끈*
편두통*
어지러*
어지럽*
어지럼*
현기증*
메스꺼*
메슥*
울렁*
속이 안 좋*
속이 안좋*
속이 불편*
구토*
토했*
토할 것 같*
토할것같*
토하*
설사*
배가 아파*
배가 아프*
배 아파*
배아파*
복통*
위가 아파*
속쓰림*
속이 쓰려*
속이 쓰리*
소화가 안*
소화불량*
체했*
변비*
두드러기*
발진*
가려워*
가렵*
가려움*
간지러*
간지럽*
알레르기*
알러지*
부었*
부어*
붓기*
부종*
아파요*
아파서*
아파도*
아파지*
아파
아파ㅠ*
아파ㅜ*
아팠*
아픕*
아프*
아픈*
통증*
쑤셔*
쑤시*
욱신*
결려*
결리*
저려*
저리*
저림*
쥐가 나*
콧물*
코막힘*
코가 막혀*
코 막혀*
목이 아파*
목이 아프*
목 아파*
목아파*
인후통*
목이 따가*
목이 칼칼*
몸이 안 좋*
몸이 안좋*
몸이 좀 안 좋*
컨디션이 안 좋*
컨디션 안 좋*
컨디션이 안좋*
몸이 무거*
피곤*
무기력*
기운이 없*
힘이 없*
잠을 못 자*
잠을 못자*
잠이 안 와*
잠이 안 오*
불면*
식욕이 없*
입맛이 없*
부작용*
혈압이 높*
혈압이 올라*
혈당이 높*
혈당이 낮*
저혈당*
두근*
우울*
불안*
기분이 안 좋*
기분이 우울*
기분이 가라앉*
스트레스*
마음이 힘들*
눈물이 나*
공황*
상처*
염증*
고름*
곪*
피가 나*
피가 났*
출혈*
멍이 들*
멍들*
소변 볼 때*
혈뇨*
혈변*
생리통*
허리가 아파*
허리 아파*
허리아파*
무릎이 아파*
무릎 아파*
관절*
근육통*
몸이 떨려*
오한*
시야가 흐려*
눈이 침침*
눈이 아파*
귀가 아파*
이명*
치통*
이가 아파*
넘어졌*
넘어져서*
머리를 부딪*
머리를 다쳤*
머리 다쳤*
삐었*
접질*
골절*
화상*
데었*
# A reaction to a drug or a transplant (거부 반응): not "reject messages" (거부 is an
# [opt_out] entry).
거부 반응*
거부반응*
# Getting worse (심해졌어요, 악화, 더 안 좋아졌어요), fever not going down, chills (으슬으슬).
심해졌*
심해지*
심해져*
악화*
나빠졌*
나빠지*
나빠져*
안 좋아졌*
안좋아졌*
안 좋아지*
몸이 … 안 좋*
몸이 … 안좋*
상태가 … 안 좋*
상태가 안 좋*
상태가 안좋*
열이 안 떨어*
열이 안떨어*
열이 … 안 내려*
열이 … 안 떨어*
으슬으슬*
으슬*
# Common complaints: upset stomach (배탈), bloating (더부룩), red eyes (충혈), sprain (삐끗),
# drowsiness from a medicine (졸려), splitting headache (머리가 깨질), sleeping badly.
배탈*
더부룩*
충혈*
삐끗*
졸려*
졸음*
머리가 깨질*
머리가 터질*
잠을 … 못 자*
잠을 … 못자*
잠을 … 못 잤*
잠을 … 못잤*
한숨도 못 잤*
목이 뻣뻣*
뒷목이 뻣뻣*
뒷목이 당겨*
다 포기하고 싶*
apayo
apa yo
apayeo
gichim*
eojireowo*
# Added: readings high with a word in between (혈압이 좀 높아요), a little bleeding, animal bites, vomiting (토해요).
혈압이 … 높*
혈당이 … 높*
혈압이 … 올라*
혈압이 … 낮*
혈당이 … 낮*
피가 … 나*
피가 … 났*
물렸*
물려서*
물린*
토해*
토할*
혹이 났*
혹이 생겼*
# Added: feeling a little better, medicine not working, and a temperature given as a number (열이 38.5도예요, 체온이).
# (2026-12-03, session 5: 좋아졌*, 나아졌*, 나았*, 괜찮아졌*, 호전*, 회복* "feeling better" moved to [other] at the end.)
덜 아파*
덜 아프*
효과가 없*
효과가 별로*
약이 안 들*
약이 잘 안 들*
약이 듣지 않*
약효가 없*
열이
열도
체온*
반응이 별로 없*
# Added: nosebleeds.
코피*
# Added: stomach or body 'not good' with a particle other than 이 (속만 안 좋아요), so 좋아요 is not read as a negated confirmation.
속이 … 안 좋*
속만 안 좋*
속도 안 좋*
속은 안 좋*
몸도 안 좋*
몸은 안 좋*
몸만 안 좋*
컨디션이 … 안 좋*
컨디션도 안 좋*
상태도 안 좋*
배도 아파*
머리도 아파*
목도 아파*
# Added: a cold sweat (with chest pain it is urgent, see [urgent-combinations]).
식은땀*
# Added: feeling low (기분이 축 처져요).
기분이 축*
축 처져*
축 처졌*
기분이 … 처져*
기운이 … 없*
# Added: a symptom that has gone (안 아파요, 열이 내렸어요): a health update, listed whole so the 안 inside does not drop it.
안 아파*
안아파*
안 아프*
열이 내렸*
열 내렸*
열이 떨어졌*
열 떨어졌*
피가 멈췄*
피가 멎었*
피 멈췄*
기침이 멎*
안 어지러*
토 안 해*
설사 안 해*
붓기가 빠졌*
붓기 빠졌*
# Added: the other endings of 아프다 (아플, 아픔).
아플*
아픔*
# Added (red-flag pass): a chest complaint that has got better (가슴 답답한 게 많이 나아졌어요): written out so the red flag inside yields.
가슴 답답한거 … 나아*
가슴 답답한 거 … 나아*
가슴 답답한게 … 나아*
가슴 답답한 게 … 나아*
가슴이 답답한 게 … 나아*
가슴이 답답한거 … 나아*
가슴 답답한건 … 나아*
가슴 답답한 건 … 나아*
가슴 답답한거 … 좋아졌*
가슴 답답한 게 … 좋아졌*
가슴 통증은 … 나아*
가슴 통증이 … 나아*

[urgent]
# Red flags (intents.md rule 10): chest pain, breathing, self-harm, stroke signs, heavy
# bleeding, fainting, seizure, infant or chemo fever, head injury on blood thinners,
# severe allergy, and emergency words (119, 911). When in doubt an entry is kept here.
가슴 통증*
가슴통증*
흉통*
가슴이 아파*
가슴이 아프*
가슴이 아픕*
가슴 아파*
가슴아파*
가슴이 답답*
가슴 답답*
가슴이 조여*
가슴이 조이*
가슴이 짓눌*
가슴이 눌리*
가슴이 뻐근*
가슴을 쥐어짜*
가슴* … 아파*
가슴* … 아프*
가슴* … 아픕*
가슴* … 통증*
가슴* … 답답*
가슴* … 조여*
가슴* … 조이*
가슴* … 짓눌*
가슴* … 뻐근*
가슴* … 압박*
심장이 아파*
심장* … 아파*
심장* … 조여*
심장마비*
심근경색*
협심증*
숨을 못 쉬*
숨을 못쉬*
숨 못 쉬*
숨못쉬*
숨을 쉴 수 없*
숨을 쉴 수가 없*
숨 쉴 수 없*
숨 쉴 수가 없*
숨을 쉬지 못*
숨이 안 쉬어*
숨이 안쉬어*
숨 쉬기 힘들*
숨쉬기 힘들*
숨쉬기가 힘들*
숨 쉬기가 힘들*
숨쉬기 어렵*
숨쉬기가 어렵*
숨 쉬기가 어렵*
숨쉬는 게 힘들*
숨쉬는게 힘들*
숨* … 힘들*
숨* … 어렵*
숨* … 못 쉬*
숨* … 답답*
숨이 차*
숨차*
숨이 막*
숨막*
숨이 가빠*
숨이 넘어가*
호흡곤란*
호흡 곤란*
호흡이 힘들*
호흡이 어렵*
입술이 파래*
자살*
죽고 싶*
죽고싶*
죽어 버리고 싶*
죽어버리고 싶*
죽어버리고싶*
죽어버릴*
죽을 것 같*
죽을것같*
살기 싫*
살고 싶지 않*
살고싶지 않*
살고싶지않*
살 이유가 없*
사는 게 의미 없*
사라지고 싶*
없어지고 싶*
세상을 떠나고 싶*
자해*
손목을 긋*
손목을 그었*
손목 긋*
목을 매*
목매*
뛰어내리*
뛰어 내리*
투신*
극단적 선택*
극단적인 선택*
목숨을 끊*
생을 마감*
삶을 끝내*
유서*
번개탄*
약을 많이 먹었*
약을 한꺼번에*
약을 한 번에 다*
약을 다 먹었*
약을 통째로*
수면제를 많이*
수면제를 한꺼번에*
수면제 많이*
과다복용*
과다 복용*
과량 복용*
과량복용*
음독*
농약을 마셨*
농약 마셨*
농약을 먹었*
뇌졸중*
중풍*
뇌경색*
뇌출혈*
한쪽 마비*
한쪽이 마비*
한쪽 팔다리*
한쪽 팔에 힘이*
한쪽 다리에 힘이*
몸 한쪽*
한쪽 얼굴*
얼굴 한쪽*
얼굴이 한쪽으로*
입이 한쪽으로*
입이 돌아*
입이 비뚤*
입이 삐뚤*
얼굴이 비뚤*
입꼬리가 처지*
안면마비*
구안와사*
마비*
편마비*
반신마비*
말이 어눌*
발음이 어눌*
말이 안 나와*
말이 잘 안 나*
말을 할 수 없*
말을 할 수가 없*
혀가 꼬*
팔을 움직일 수 없*
다리를 움직일 수 없*
갑자기 앞이 안 보여*
한쪽 눈이 안 보여*
눈앞이 캄캄*
갑자기 극심한 두통*
극심한 두통*
벼락두통*
피가 많이*
피를 많이*
피가 계속*
피가 … 안 멈*
피가 … 멈추지 않*
피가 안 멈*
피가 안멈*
출혈이 심*
출혈* … 멈추지 않*
과다출혈*
대량 출혈*
심한 출혈*
하혈*
피를 토*
토혈*
각혈*
객혈*
피가 철철*
피가 쏟아*
피를 쏟*
임신* … 출혈*
임신* … 피가*
기절*
쓰러*
실신*
의식을 잃*
의식이 없*
의식이 흐려*
의식불명*
정신을 잃*
깨어나지 않*
안 깨어나*
깨워도 안 일어나*
졸도*
혼절*
까무러*
발작*
경련*
경기를 해*
경기를 일으*
경기했*
경기가 왔*
거품을 물*
신생아* … 열이*
신생아* … 열*
신생아* … 발열*
아기* … 열이*
아기* … 열나*
아기* … 열 나*
아기* … 고열*
아기* … 발열*
아기가 열*
아가* … 열이*
갓난아기* … 열*
영아* … 열*
생후 … 열이*
생후 … 열나*
생후 … 발열*
백일 … 열*
항암* … 열이*
항암* … 열나*
항암* … 열 나*
항암* … 고열*
항암* … 발열*
열이* … 항암*
열나* … 항암*
키모* … 열이*
와파린* … 머리*
머리* … 와파린*
와파린* … 넘어*
항응고* … 머리*
머리* … 항응고*
항응고* … 넘어*
혈전약* … 머리*
엘리퀴스* … 머리*
자렐토* … 머리*
아스피린* … 머리를 부딪*
아나필락시스*
목이 조여*
목이 조이*
혀가 부*
입술이 부*
심한 알레르기*
알레르기 쇼크*
알러지 쇼크*
쇼크*
두드러기* … 숨*
알레르기* … 숨*
알러지* … 숨*
# 응급 by its emergency uses (응급상황, 응급실에 가요, 응급실로 가는 중): a bare 응급* also caught questions about the ER (응급실 위치, 응급실이랑 외래랑 같은 건물인가요?).
응급상황*
응급 상황*
응급이에요
응급이요
응급입니다
응급이라*
응급인*
응급한*
응급해*
응급환자*
응급 환자*
응급실에 가*
응급실 가*
응급실에 갈*
응급실 갈*
응급실에 왔*
응급실 왔*
응급실이에요
응급실입니다
응급실에 있*
응급실로*
응급실에 실려*
응급처치*
응급수술*
응급 수술*
# 긴급 by its alarm uses (긴급상황, 긴급해요): a bare 긴급* also caught 긴급 연락처 (emergency contact).
긴급상황*
긴급 상황*
긴급이에요
긴급이요
긴급입니다
긴급해*
긴급합니다
긴급한 상황*
긴급한 일*
긴급 요청*
긴급요청*
긴급히*
구급차*
앰뷸런스*
엠뷸런스*
119
119에*
119를*
911
위급*
살려*
간질 발작*
뇌전증*
목이 부어서 숨*
목이 부어 숨*
목이 붓고 숨*
목구멍이 부어서 숨*
목구멍이 붓고 숨*
침도 못 삼키*
침을 못 삼키*
얼굴이 붓고 숨*
알레르기* … 목이*
알러지* … 목이*
# Self-harm and suicide phrasing that carries its own negation (않-, 없-, 못 inside the entry).
살고 싶지가 않*
살고싶지가 않*
살기가 싫*
살기싫*
사는 게 싫*
사는게 싫*
살 자신이 없*
살아갈 이유가 없*
살아갈 자신이 없*
살 의미가 없*
사는 의미가 없*
살아야 할 이유를 모르*
깨어나고 싶지 않*
더 이상 못 버티*
더 이상 버틸 수 없*
더는 못 버티*
죽는 게 낫*
죽는게 낫*
죽어야겠*
그만 살고 싶*
# Cutting and self-injury.
손목 그었*
손목을 또*
또 그었*
칼로 그었*
팔을 그었*
허벅지를 그었*
칼로 손목*
스스로 상처*
일부러 상처*
나를 해치*
저를 해치*
스스로를 해치*
# Bleeding that will not stop, with and without spaces.
출혈이 안 멈*
출혈이 안멈*
출혈이안멈*
출혈이 멈추지 않*
출혈이 계속*
출혈* … 안 멈*
피가안멈*
피가 안 그쳐*
피가 멈추지 않*
피가 멈추질 않*
피가 멈추지를 않*
지혈이 안*
지혈 안 돼*
지혈이 잘 안*
지혈이 되지 않*
코피가 안 멈*
코피가 안멈*
코피가 멈추지 않*
코피가 계속*
코피* … 안 멈*
피가 너무 많이*
피가 엄청*
피가 줄줄*
피가 펑펑*
피범벅*
# Severe allergic reaction: swelling with the throat closing.
입술* … 부어*
입술* … 부었*
입술* … 붓*
혀가 붓*
혀* … 부어*
목이 막히*
목이 막혀*
목구멍이 막히*
목구멍이 막혀*
목구멍이 조여*
침을 삼킬 수 없*
침을 삼킬 수가 없*
침도 삼킬 수 없*
# Trouble breathing, with and without spaces.
숨쉬기가힘들*
숨쉬기힘들*
숨쉬기가어렵*
숨쉬기어렵*
숨이안쉬어*
숨이 안 쉬*
숨이 잘 안 쉬어*
숨이 잘 안쉬어*
숨을 잘 못 쉬*
숨을못쉬*
숨쉬기 곤란*
숨쉬기가 곤란*
숨 쉬기 곤란*
숨* … 막혀*
숨* … 막히*
숨* … 안 쉬어*
숨* … 안쉬어*
# Call me now.
급해요*
급합니다*
너무 급해*
빨리 전화*
빨리 연락 주세요
빨리 연락주세요
빨리 연락해 주세요
빨리 연락 부탁*
지금 바로 전화*
지금 당장 전화*
당장 전화*
급히 연락*
급하게 연락*
급히 전화*
급하게 전화*
전화 좀 빨리*
# Chest squeezing, bursting, pressing (쪼여, 터질 것 같아, 누르는 것 같아).
가슴이 쪼여*
가슴이 쪼이*
가슴* … 쪼여*
가슴* … 쪼이*
가슴이 터질*
가슴이 찢어질*
가슴* … 누르*
가슴* … 눌러*
가슴* … 무거*
가슴에 돌*
# Slurred speech or sudden loss of speech (말이 꼬여, 말을 못 해요, 말이 이상해).
말이 꼬여*
말이 꼬이*
발음이 꼬여*
발음이 꼬이*
말이 이상해*
말투가 이상해*
말을 못 해*
말을 못해*
말을 못 하*
말을 못하*
말을 잘 못 해*
말을 잘 못하*
# Wanting to end it all, wishing not to wake up (indirect suicidal thoughts).
다 끝내고 싶*
다 끝내버리고 싶*
모든 걸 끝내고 싶*
모든 것을 끝내고 싶*
인생을 끝내*
내 인생 끝내*
죽었으면 좋겠*
죽으면 좋겠*
안 깨어났으면*
안 깼으면*
뒤지고 싶*
콱 죽어*
# Overdose: a whole bottle or a handful of pills.
한 통 다 먹었*
한통 다 먹었*
한 통을 다*
한통을 다*
약을 한 통*
약을 한통*
수면제 한 통*
수면제 한통*
수면제를 다*
수면제 다 먹*
약을 왕창*
약을 잔뜩*
한 움큼*
한움큼*
약을 너무 많이*
# No or decreased fetal movement.
태동이 없*
태동 없*
태동이 안 느껴*
태동이 안느껴*
태동이 안 느끼*
태동을 못 느끼*
태동을 못 느껴*
태동이 줄었*
태동이 줄어*
태동이 약해*
태동이 멈*
태동이 거의 없*
아기가 안 움직*
아기가 움직이지 않*
아기가 움직임이 없*
아기 움직임이 없*
아기 움직임이 줄*
아기가 잘 안 움직*
# Meningitis, and romanized red flags.
뇌수막염*
수막염*
gaseumi apa*
gaseum tongjeung*
gaseumi dapdap*
sum swigi himdeur*
sumeul mot swi*
jukgo sip*
jukgo ship*
가슴이 쪼인*
가슴* … 쪼인*
가슴* … 조인*
# Added: waters breaking (양수가 터졌어요, 파수).
양수가 터졌*
양수 터졌*
양수가 터진*
양수가 터져*
양수 터진*
양수가 샜*
양수가 새*
양수가 흘러*
양수가 나와*
양수가 나오*
양수 같은*
파수됐*
파수가 됐*
# Added: sudden confusion, talking nonsense, not recognising people (횡설수설, 정신이 오락가락, 사람을 못 알아봐요).
횡설수설*
정신이 오락가락*
헛소리를 해*
헛소리를 하*
헛소리해*
엉뚱한 소리를 해*
엉뚱한 소리를 하*
말을 이상하게*
사람을 못 알아*
사람을 잘 못 알아*
가족을 못 알아*
저를 못 알아*
나를 못 알아*
엄마를 못 알아*
의식이 혼미*
정신이 혼미*
정신이 흐려*
섬망*
의식이 왔다 갔다*
의식이 오락가락*
# Added: not responding when called or shaken (불러도 반응이 없어요; these carry their own 없-/안).
반응이 없*
반응을 안 해*
반응을 안해*
반응을 안 하*
반응이 전혀*
불러도 대답이 없*
불러도 대답을 안*
불러도 대답 안*
불러도 반응*
깨워도 반응*
깨워도 안 깨*
깨워도 안깨*
흔들어도 안 깨*
흔들어도 반응*
흔들어도 대답*
흔들어도 안 일어나*
눈을 안 떠*
# Added: the heart or chest pressed, squeezed, stabbed (심장이 답답해요, 가슴을 짓누르는), and breathing fast or gasping.
심장* … 답답*
심장* … 쥐어짜*
심장* … 터질*
심장* … 조이*
심장* … 쪼여*
심장* … 찌르*
가슴* … 짓누르*
가슴* … 짓눌러*
가슴* … 쥐어짜*
가슴* … 찌르*
가슴* … 찢어*
가슴* … 꽉 막*
가슴* … 막힌*
호흡이 가빠*
호흡이 가쁘*
숨이 가쁘*
호흡* … 곤란*
호흡이 안 돼*
호흡이 안돼*
호흡이 안 되*
호흡이 이상*
숨을 헐떡*
헐떡거*
헐떡여*
헐떡이*
숨이 넘어갈*
숨이 멎*
숨을 안 쉬*
숨을 안쉬*
입술이 퍼래*
입술이 퍼렇*
입술이 새파래*
입술이 보라색*
입술이 파랗*
얼굴이 파래*
얼굴이 파랗*
얼굴이 퍼래*
얼굴이 퍼렇*
청색증*
# Added: pain that cannot be borne (참을 수 없는 통증, 데굴데굴).
극심한 통증*
통증이 극심*
극심한 복통*
극심하게 아파*
데굴데굴*
아파서 기절*
아파서 숨을 못*
# Added: coughing up or vomiting blood said indirectly (가래에 피, 피가 섞여).
가래에 피*
피가래*
혈담*
피 섞인 가래*
피가 섞인 가래*
피가 섞여 나*
토에 피*
토한 거에 피*
토한 것에 피*
토했는데 피*
피를 게워*
기침하는데 피*
기침할 때 피*
기침에 피*
피 토했*
피토*
# Added: pills taken in quantity without the object marker (약 많이 먹었어), and wanting to die said indirectly.
약 많이 먹었*
약 너무 많이*
약을 과하게*
약을 몽땅*
약을 다 삼켰*
사는 게 의미가 없*
사는게 의미가 없*
사는게 의미 없*
삶의 의미가 없*
살아서 뭐 하*
살아서 뭐해*
살아서 뭐하*
살 가치가 없*
죽는 게 나을*
죽는게 나을*
죽고만 싶*
없어져 버리고 싶*
사라져 버리고 싶*
사라져버리고 싶*
그냥 죽어버리*
# Added: one arm or leg weak, with the side named (왼쪽 팔다리에 힘이 없어요).
왼쪽 팔* … 힘이 없*
오른쪽 팔* … 힘이 없*
왼쪽 다리* … 힘이 없*
오른쪽 다리* … 힘이 없*
왼쪽 팔다리*
오른쪽 팔다리*
왼쪽 몸* … 힘이*
오른쪽 몸* … 힘이*
왼쪽* … 힘이 안 들어가*
오른쪽* … 힘이 안 들어가*
한쪽* … 힘이 안 들어가*
한쪽* … 힘이 없*
팔다리에 힘이 갑자기*
갑자기 힘이 빠*
# Added: romanized red flags with words in between (gaseumi neomu apayo).
gaseum* … apa*
gaseum* … apeu*
gaseum* … tongjeung*
sumi cha*
sum* … mot swi*
gijeol*
sseureojy*
jasal*
jukgo sipeo*
jukgo shipeo*
eungeup*
# Added: unbearable belly pain or headache (a toothache that cannot be borne stays a symptom).
배가 … 참을 수*
배가 너무 아파서 참을*
복통이 … 참을 수*
머리가 … 참을 수*
두통이 … 참을 수*
배가 찢어질*
배가 끊어질*
머리가 깨질 듯*
# Added: honorific and indirect stroke signs (말씀을 못 하세요, 팔을 못 쓰세요), breathlessness with a word in between (숨이 너무 차요), sudden splitting headache.
말씀을 못 하*
말씀을 못하*
말씀을 잘 못 하*
말씀을 잘 못하*
말씀이 어눌*
말씀이 이상*
발음이 이상*
오른팔을 못 움직*
왼팔을 못 움직*
오른쪽 팔을 못*
왼쪽 팔을 못*
한쪽 팔을 못*
오른쪽 다리를 못*
왼쪽 다리를 못*
팔을 못 쓰*
팔을 못쓰*
다리를 못 쓰*
갑자기 팔을 못*
갑자기 다리를 못*
갑자기 말을 못*
갑자기 말이 안*
숨이 … 차*
숨이 … 가빠*
숨이 … 가쁘*
숨 … 차요
숨 … 차서
갑자기 머리가 깨질*
갑자기 머리가 터질*
머리가 깨질 것 같이*
# Added: very heavy bleeding (피가 흥건, 피바다).
피가 흥건*
피바다*
피투성이*
피가 콸콸*
피가 뚝뚝*
# Added: the heart 'feels wrong' or about to stop, going limp, jumping, trying to die, bleeding from the head.
심장이 이상*
심장이 … 이상*
심장이 멎*
심장이 멎을 것 같*
심장이 멈출 것 같*
심장이 멈춘*
축 늘어*
몸이 늘어져*
뛰어내린*
뛰어내릴*
뛰어내렸*
뛰어내려*
죽으려고*
죽으려*
죽을려고*
목숨 끊*
목숨 끊고 싶*
머리에서 피*
머리에 피가*
머리가 찢어*
머리* … 피가 많이*
# Added: the other endings of 아프다/차다/쉬다/힘들다/어렵다 (아픈, 아플, 아팠, 아픔; 찬대요; 쉰대요, 쉴 것 같아요; 힘든; 어려워): a stem with * only matches the spelling it starts with.
가슴* … 아픈*
가슴* … 아플*
가슴* … 아팠*
가슴* … 아픔*
가슴이 아픈*
가슴이 아플*
가슴이 아팠*
가슴 아픔*
가슴아픔*
심장* … 아픈*
심장* … 아플*
심장* … 아팠*
가슴* … 조였*
가슴* … 찌릿*
가슴* … 찔러*
숨이 찬*
숨 찬*
숨찬*
숨이 … 찬*
숨을 못 쉰*
숨 못 쉰*
숨을 못쉰*
숨을 못 쉴*
숨 못 쉴*
숨을 못쉴*
숨* … 못 쉰*
숨* … 못 쉴*
숨을 안 쉰*
숨* … 안 쉰*
숨* … 힘든*
숨* … 힘드*
숨* … 어려워*
숨* … 어려운*
숨* … 어려웠*
숨쉬기 어려워*
숨쉬기가 어려워*
말이 안 나오*
말이 안 나온*
말이 잘 안 나오*
말을 못 한*
말을 못한*
말을 못 할*
말을 못할*
말을 잘 못 한*
피를 엄청*
피를 너무 많이*
피를 되게 많이*
피를 잔뜩*
# Added: the 가쁜 and 부은 and 그은 endings.
숨이 가쁜*
호흡이 가쁜*
입술* … 부은*
혀가 부은*
혀* … 부은*
손목을 그은*
손목 그은*
# Added (red-flag pass): spacing variants patients type without the space (숨이차요, 안보여요, 안일어나요).
숨이차*
숨이 너무차*
한쪽 눈이 안보여*
한쪽눈이 안보여*
갑자기 앞이 안보여*
갑자기 눈이 안 보여*
갑자기 눈이 안보여*
깨워도 안일어나*
깨워도 안깨어나*
흔들어도 안일어나*
# Added (red-flag pass): soaking a pad, heavy bleeding after birth.
패드가 다 젖*
패드 … 젖*
생리대 … 젖*
생리대가 다 젖*
출혈이 너무 많*
# Added (red-flag pass): passive suicidal thoughts, overdose, 초성 shorthand for 자살 (ㅈㅅ).
내가 없어지면 … 편할*
내가 없으면 … 편할*
내가 없으면 … 나을*
없어지면 … 편할*
없는 게 나을*
없는게 나을*
삶이 의미없*
삶이 의미 없*
사는 게 의미없*
사는게 의미없*
전부 삼켰*
다 삼켰*
한꺼번에 삼켰*
약을 전부 먹었*
약을 한꺼번에 먹었*
수면제를 다 먹었*
수면제를 전부*
ㅈㅅ하고싶*
ㅈㅅ하고 싶*
ㅈㅅ할까*
ㅈㅅ충동*
# Added (red-flag pass): face, lips or tongue swelling (allergy).
얼굴* … 부었*
얼굴이 부었*
얼굴이 퉁퉁*
입술이 퉁퉁*
얼굴이 부어*
# Added (red-flag pass): bare urgency words; the harmless phrases that contain them (응급실 위치, 긴급 연락처, 응급 번호인가요) are under [other] and win by being longer.
응급
응급*
긴급
긴급*
급함*
급합니다
급해*

[urgent-combinations]
# Red flags made of two or three facts that may sit in different clauses ("항암 치료 중인데, 열이 38.5도", "와파린 먹는데, 넘어져서 머리를 부딪쳤어요"): every part must appear somewhere in the reply, none negated; {temperature} = a fever-range number (38.5, 39도, 101F).
# --- fever or chills during chemotherapy (항암* matches 항암, 항암치료, 항암제)
항암* + 열이*
항암* + 열나*
항암* + 열 나*
항암* + 고열*
항암* + 발열*
항암* + 오한*
{temperature} + 항암*
# --- fever in a baby under three months (with 도* so that "생후 40일", "38개월" are not read as a temperature)
신생아* + 열이*
신생아* + 열나*
{temperature} + 신생아* + 도*
아기* + 열이*
아기* + 열나*
{temperature} + 아기* + 도*
애기* + 열이*
애기* + 열나*
개월* + 열이*
개월* + 열나*
{temperature} + 개월* + 도*
생후* + 열이*
생후* + 열나*
{temperature} + 생후* + 도*
# --- head injury or a fall on blood thinners (넘어* matches 넘어졌, 넘어져서, 넘어지셨)
와파린* + 머리* … 부딪*
와파린* + 머리* … 다쳤*
와파린* + 머리* … 박*
와파린* + 넘어*
항응고* + 머리* … 부딪*
항응고* + 머리* … 다쳤*
항응고* + 머리* … 박*
항응고* + 넘어*
혈액 희석제* + 머리* … 부딪*
묽게* + 머리* … 부딪*
# --- bleeding on blood thinners
와파린* + 출혈*
와파린* + 피가 나*
와파린* + 코피*
항응고* + 출혈*
항응고* + 피가 나*
항응고* + 코피*
# --- swelling or hives with trouble breathing (allergy, or heart failure)
부었* + 숨쉬*
부어* + 숨쉬*
두드러기* + 숨쉬*
# --- fever with a stiff neck (meningitis signs)
목이 뻣뻣* + 열이*
목이 뻣뻣* + 열나*
목이 뻣뻣* + 고열*
목이 뻣뻣* + 발열*
{temperature} + 목이 뻣뻣*
뒷목이 뻣뻣* + 열이*
뒷목이 뻣뻣* + 고열*
목이 안 움직* + 열이*
목을 못 움직* + 열이*
목을 못 움직* + 고열*
# --- added: a head injury followed by vomiting (머리를 부딪혀서 계속 토해요)
머리* … 부딪* + 토했*
머리* … 부딪* + 토해*
머리* … 부딪* + 토하*
머리* … 부딪* + 구토*
머리* … 부딪* + 토할*
머리* … 다쳤* + 토했*
머리* … 다쳤* + 토해*
머리* … 다쳤* + 토하*
머리* … 다쳤* + 구토*
머리* … 다쳤* + 토할*
머리* … 박* + 토했*
머리* … 박* + 토해*
머리* … 박* + 토하*
머리* … 박* + 구토*
머리* … 박* + 토할*
머리* … 찧* + 토했*
머리* … 찧* + 토해*
머리* … 찧* + 토하*
머리* … 찧* + 구토*
머리* … 찧* + 토할*
머리* … 부딫* + 토했*
머리* … 부딫* + 토해*
머리* … 부딫* + 토하*
머리* … 부딫* + 구토*
머리* … 부딫* + 토할*
머리* … 부딪* + 졸려*
머리* … 부딪* + 의식*
# --- added: pregnancy with blurred vision (pre-eclampsia signs), and a baby's fever written as 열 without a particle
임신* + 시야가 흐려*
임신* + 눈이 침침*
임신* + 앞이 흐려*
임신* + 앞이 잘 안 보*
생후* + 열
신생아* + 열
# --- added: cold sweat with chest or upper-belly pain; other blood thinners with a fall; a newborn not feeding or deeply jaundiced
식은땀* + 가슴*
식은땀* + 심장*
식은땀* + 명치*
명치* + 식은땀*
아스피린* + 넘어* + 머리*
플라빅스* + 넘어*
엘리퀴스* + 넘어*
자렐토* + 넘어*
프라닥사* + 넘어*
혈전약* + 넘어*
신생아* + 젖을 안*
신생아* + 분유를 안*
신생아* + 안 먹*
신생아* + 황달*
생후* + 젖을 안*
생후* + 분유를 안*
생후* + 황달*
# --- added (red-flag pass): soaking a pad within the hour; bleeding after birth; coughing up blood
패드* + 한시간*
패드* + 한 시간*
패드* + 시간마다
생리대* + 한시간*
생리대* + 한 시간*
출산* + 출혈*
출산* + 피가*
낳고 + 출혈*
낳고 + 피가*
분만* + 출혈*
기침* + 피가*
기침* + 피 나*
# --- added (red-flag pass): a baby that feels hot or 'burning up' (불덩이) given an age
아기* + 뜨거*
아기* + 불덩*
애기* + 뜨거*
애기* + 불덩*
신생아* + 뜨거*
신생아* + 불덩*
생후* + 뜨거*
개월* + 뜨거*
개월* + 불덩*
항암* + 뜨거*
항암* + 불덩*
# --- added (red-flag pass): blood thinners with a head injury, more verbs and the spelling without a space
아스피린* + 머리* + 다쳤*
아스피린* + 머리* + 부딪*
와파린* + 머리* + 찧*
항응고* + 머리* + 다쳤*
항응고* + 머리* + 찧*
혈액희석제* + 머리* + 부딪*
혈액희석제* + 머리* + 다쳤*
혈액희석제* + 머리* + 찧*
혈액 희석제* + 머리* + 다쳤*
피 묽게* + 머리* + 부딪*
피를 묽게* + 머리* + 부딪*
blood thinner* + 머리* + 부딪*
warfarin* + 머리* + 부딪*
eliquis* + 머리* + 부딪*
xarelto* + 머리* + 부딪*
# --- added (red-flag pass): a new medicine or an injection followed by swelling
새 약* + 부었*
새 약* + 붓*
새로운 약* + 부었*
항생제* + 부었*
주사* + 목이 조*

[opt_out]
# "Stop messaging me": 수신거부 and every way to say stop sending, unsubscribe, block.
수신거부*
수신 거부*
수신거절*
수신 거절*
문자 거부*
문자거부*
# 거부, 차단 and 해지 are listed by their request forms, not as bare stems: 거부*, 차단* and
# 해지* also caught 거부반응 (a drug or transplant reaction), 차단제 (sunscreen, beta
# blockers) and 보험 해지 (cancelling insurance).
거부
거부요
거부합니다
거부해*
거부할*
거부하겠*
문자 그만*
문자그만*
그만 보내*
그만보내*
그만 좀*
그만해*
그만하*
보내지 마*
보내지마*
보내지 말*
문자 보내지 마*
연락하지 마*
연락하지마*
연락 하지 마*
연락하지 말*
연락 그만*
연락 사절*
문자 사절*
사절
# 문자 안 받* also caught "문자 안 받았어요" (I did not get the text).
문자 안 받을*
문자 안 받겠*
문자 안 받고 싶*
문자 받기 싫*
문자 받고 싶지 않*
문자 원하지 않*
더 이상 문자*
더이상 문자*
더 이상 연락*
더이상 연락*
더 이상 보내*
더이상 보내*
수신 중지*
수신중지*
발송 중지*
발송중지*
문자 중지*
알림 중지*
알림중지*
알림 끄*
알림 꺼*
알림 해지*
알림 취소*
수신 해지*
수신해지*
구독 취소*
구독취소*
구독 해지*
해지
해지요
해지합니다
해지해*
해지할*
해지하겠*
스팸*
차단
차단요
차단합니다
차단해*
차단할*
차단하겠*
차단했*
번호 삭제*
제 번호 지워*
번호 지워*
명단에서 빼*
명단에서 삭제*
귀찮게 하지 마*
중지
# Added for coverage. STOP in Hangul (스톱 standard, 스탑 as most people type it).
스톱*
스탑*
그만요
제발 그만
알림 그만*
메시지 그만*
메세지 그만*
카톡 그만*
문자 좀 그만*
연락 좀 그만*
# "You don't need to send me texts any more" (honorific 보내셔도: addressed to the clinic).
문자 안 보내셔도*
문자 안 보내주셔도*
문자 안 보내 주셔도*
문자 안 보내도 돼*
문자 안 보내도 됩*
문자는 안 보내셔도*
문자 보내지 않으셔도*
문자는 보내지 않*
이제 안 보내셔도*
이제 안 보내주셔도*
이제 안 보내도*
더 이상 안 보내셔도*
알림 안 보내셔도*
문자 안 주셔도*
연락 안 주셔도*
# "I don't need / want the texts".
문자 필요 없*
문자 필요없*
문자는 필요 없*
문자는 필요없*
알림 필요 없*
알림 필요없*
더 이상 받고 싶지 않*
더이상 받고 싶지 않*
더 이상 받지 않*
더이상 받지 않*
더 이상 안 받*
더이상 안 받*
알림 받고 싶지 않*
메시지 받고 싶지 않*
문자 받지 않겠*
문자 받지 않을*
문자를 받지 않겠*
수신 안 함
수신 안함
수신 안 할게*
수신 안 하겠*
수신을 원하지 않*
수신 원하지 않*
수신을 원치 않*
수신 원치 않*
문자 원치 않*
문자를 원하지 않*
연락 원치 않*
연락을 원치 않*
연락 원하지 않*
연락을 원하지 않*
연락 주지 마*
연락주지 마*
연락 주지 말*
연락주지 말*
문자 하지 마*
문자하지 마*
문자 하지 말*
문자하지 말*
문자 주지 마*
문자주지 마*
문자 사양*
문자는 사양*
탈퇴*
# Stop or pause sending.
수신 정지*
수신정지*
문자 정지*
발송 정지*
알림 정지*
수신 중단*
수신중단*
발송 중단*
문자 중단*
알림 중단*
# "Take me / my number off the list".
명단에서 제외*
명단에서 지워*
목록에서 삭제*
목록에서 빼*
목록에서 제외*
목록에서 지워*
리스트에서 빼*
리스트에서 삭제*
리스트에서 제외*
번호 좀 지워*
번호 좀 삭제*
번호를 삭제*
번호를 지워*
번호 빼주*
번호 빼 주*
번호를 빼주*
번호를 빼 주*
연락처 삭제*
연락처를 삭제*
연락처 지워*
# Added: 'I wish you would stop contacting me' (연락 안 하셨으면, 더는 연락).
연락 안 하셨으면*
연락 안하셨으면*
연락 안 했으면*
연락 안했으면*
문자 안 보냈으면*
문자 안 보내셨으면*
문자 안 하셨으면*
더는 연락*
더는 문자*
더는 보내지*
더 이상은 연락*
더이상은 연락*
이런 문자 보내지*
이런 문자 받고 싶지*
이런 문자 안 받*
# Added: 'cut off the texts' (문자 끊어주세요).
문자 끊어*
문자를 끊어*
알림 끊어*
문자 끊어 주*
문자 좀 끊어*

[opt_in]
# "Start messaging me again": consent, resubscribe, turn alerts back on.
수신 동의*
수신동의*
수신 재개*
재구독*
구독*
알림 켜*
알림 다시*
알림 재개*
문자 받을게*
문자 받겠*
문자 다시 받*
수신 허용*
수신허용*
수신거부 취소*
수신 거부 취소*
수신거부 해제*
수신 거부 해제*
알림 받을게*
알림 받겠*
알림 받고 싶*
문자 받고 싶*
# Resume, and "I pressed 수신거부/STOP by mistake": these contain the stop word and, being
# longer, win over it at the same place.
다시 받고 싶*
다시 받을게*
다시 받겠*
다시 받을래*
다시 문자 보내*
문자 계속 보내*
계속 보내 주세요
계속 보내주세요
계속 받을게*
계속 받고 싶*
계속 받겠*
문자 계속 받*
알림 계속*
수신거부 철회*
수신 거부 철회*
수신거부 풀어*
수신 거부 풀어*
차단 해제*
차단해제*
차단 풀어*
차단을 풀어*
차단을 해제*
수신거부* … 잘못*
수신 거부* … 잘못*
수신거부* … 실수*
잘못 … 수신거부*
실수로 … 수신거부*
실수로 … 수신 거부*
스톱* … 잘못*
스탑* … 잘못*
잘못 … 스톱*
잘못 … 스탑*
실수로 … 스톱*
실수로 … 스탑*
stop … 잘못*
잘못 … stop
실수로 … stop

[help]
# "Who is this / how does this work / I want a person".
도움말
도움
헬프
누구세요
누구십니까
누구시죠
누구신가요
누구예요
누구에요
누구
어디세요
어디신가요
어디시죠
어디 병원*
어느 병원*
무슨 병원*
어디서 보낸*
누가 보낸*
무슨 문자*
이게 뭐*
이건 뭐*
뭔가요
무슨 뜻*
무슨 말*
무슨 내용*
어떻게 답*
뭐라고 답*
어떻게 하면*
사용법*
문의*
상담원*
상담사*
직원 연결*
사람이랑 통화*
사람과 통화*
정보
인포
사기*
안내 부탁*
안내해 주세요
안내해주세요
# "What is this" (이거 뭐예요), "what text is this".
이거 뭐*
이거 머*
이 문자 뭐*
이 문자는 뭐*
뭔데요
뭐예요 이거
# Added: 'where is this / who is this' (여기 어디예요).
여기 어디예요
여기 어디에요
여기가 어디*
여기 어디죠
어디신데요
누구신데요
누군데요
어디서 온 문자*
어디에서 온 문자*
# Added: 'who is this' forms.
누구신지*
누구지
누구임
누구심
누구야
누구세여
누구신데*
누구시라고*

[other]
# Anything a person should read: wrong number, logistics, results, questions, and
# "sorry for the late reply" (답장이 늦어서), which is not a late arrival.
잘못 보내*
잘못 온*
잘못 보낸*
번호 잘못*
잘못된 번호*
저 아닌데*
제가 아닌데*
본인 아닙니다
본인이 아닙니다
주차*
위치*
주소*
어디예요
어디에 있*
몇 시*
몇시*
비용*
얼마*
가격*
보험*
결과*
검사 결과*
처방*
리필*
서류*
진단서*
소견서*
통역*
한국어*
질문*
궁금*
전화 주세요
전화주세요
전화 부탁*
전화해 주세요
전화해주세요
통화 가능*
답장이 늦어*
답장 늦어*
답장이 늦었*
연락이 늦어*
답이 늦어*
회신이 늦어*
늦게 답*
늦은 답장*
늦게 봤*
늦게 확인*
모르겠*
잘 모르겠*
아직 모르*
싫어함
# Stopping a medicine, a treatment or exercise (약 그만해도 되나요?), sunscreen (자외선 차단),
# cancelling insurance (보험 해지), refusing a treatment (치료 거부): questions for a person,
# not opt-outs (그만해*, 그만하*, 중지, 차단, 해지, 거부 are [opt_out] entries).
약 그만*
약을 그만*
약은 그만*
약도 그만*
복용 그만*
복용을 그만*
복용은 그만*
투약 그만*
먹는 거 그만*
먹는 걸 그만*
먹는 것을 그만*
치료 그만*
치료를 그만*
치료는 그만*
물리치료 그만*
물리치료를 그만*
주사 그만*
주사를 그만*
운동 그만*
운동을 그만*
병원 그만*
복용 중지
투약 중지
약 중지
복약 중지
자외선 차단*
햇빛 차단*
보험 해지*
보험을 해지*
보험은 해지*
계약 해지*
계약을 해지*
카드 해지*
치료 거부*
치료를 거부*
수혈 거부*
수혈을 거부*
입원 거부*
# "Delete my old number" is a contact update, not an opt-out (번호 삭제* is an [opt_out] entry).
예전 번호 삭제*
이전 번호 삭제*
기존 번호 삭제*
옛날 번호 삭제*
예전 번호를 삭제*
이전 번호를 삭제*
기존 번호를 삭제*
예전 번호 지워*
이전 번호 지워*
예전 번호는 삭제*
# Parking space questions (주차 자리 있나요): not a request for a free appointment slot (자리 있*).
주차 자리*
주차할 자리*
주차 공간*
주차할 공간*
주차 자리 있*
주차 자리가 있*
주차할 자리 있*
주차할 자리가 있*
주차 공간 있*
주차 공간이 있*
# Added: getting a shot (주사/백신 맞아요) is not 'that's right' (맞아요 is a [confirm] entry).
주사 맞*
주사를 맞*
백신 맞*
백신을 맞*
접종 맞*
예방주사 맞*
뭐 맞*
무슨 주사*
링거 맞*
수액 맞*
# Changing a phone number, contact or address (번호 바꿨어요, 연락처 변경) is not a reschedule request (바꾸*, 변경* are [reschedule] entries).
연락처 바꾸*
연락처를 바꾸*
연락처 바꿨*
연락처를 바꿨*
연락처 변경*
번호 바꾸*
번호를 바꾸*
번호 바꿨*
번호를 바꿨*
번호 변경*
번호가 바뀌*
전화번호 변경*
전화번호 바꿨*
주소 바꾸*
주소를 바꾸*
주소 변경*
주소가 바뀌*
보험 변경*
약 바꿨*
약을 바꿨*
약을 바꾸*
약 바꾸*
약을 바꿔*
약 바꿔*
약을 바꿀*
약 바꿀*
약 변경*
약을 변경*
처방 변경*
처방을 변경*
# Added (red-flag pass): harmless phrases around the bare urgency words 응급/긴급/급해 (ER directions and bills, emergency contact, 'not urgent', 'something came up'), written out so they win by being longer.
응급실 위치*
응급실 어디*
응급실은 어디*
응급실이 어디*
응급실 가는 길*
응급실 몇 시*
응급실 청구*
응급실 비용*
응급실 진료비*
응급실 영수증*
응급실 수납*
응급실이랑*
응급실하고*
응급 번호*
응급 연락처*
응급연락처*
긴급 연락처*
긴급연락처*
급한 거 아니*
급한거 아니*
급한 건 아니*
급한건 아니*
급하지 않*
안 급해*
안급해*
급한 일*
급한일*
급한 볼일*
급한 사정*
급하게 일이*
# Added (red-flag pass): an ER visit that is over (응급실 다녀왔는데 괜찮아요), not an alarm by itself.
응급실 다녀왔*
응급실 다녀온*
응급실 갔다 왔*
응급실 갔다왔*

[ack]
# Neutral acknowledgements: confirm when the message asked something, other when it did not.
# Moved here from [confirm]: 네/예/응 are the everyday 'okay, noted' as much as 'yes', so
# they read as confirm when the message asked something and as other after a lab or
# information notice ("네 감사합니다"), like 'ok' (intents.md rule 9).
네
넵
넹
넴
녜
네네
네넹
넵넵
넹넹
예
예예
옙
응
응응
웅
오케이
오키
오케
오키오키
오키도키
알겠*
알았*
잘 알겠*
확인했*
확인 했*
잘 받았*
문자 받았*
메시지 받았*
괜찮아요
괜찮습니다
괜찮아
괜찮아용
괜찮네요
굿
굳
👍
👌
🆗
🙆
# Added: doubled consonant shorthand, listed directly (a [shorthand] expansion takes one abbreviation).
ㅇㅋㅇㅋ
ㅇㅋㄷㅋ
ㅇㅇㅇ
ㅇㅋㅇ
ㅇㅋ요
ㅇㅇ요
# Added: English ok inside Korean replies ("ok 갈게요"): entries count for the language a reply is detected in, so ok is listed here too.
ok
okay

[thanks]
# Thanks and blessings: other, or confirm when the message asked for a confirmation.
감사*
고맙*
고마워*
고마웠*
감솨*
땡큐*
땡스
생큐
쌩큐
수고하세요
수고하십시오
수고하셨습니다
수고 많으십니다
수고 많으세요
수고많으세요
수고하셔요
좋은 하루*
좋은하루*
🙏
❤️
💕
gamsahamnida
kamsahamnida
gamsahapnida
kamsahapnida
gomawo
komawo
gomapseumnida
# Added: doubled consonant shorthand, listed directly.
ㄱㅅㄱㅅ
ㄳㄳ
ㄱㅅ요
ㄳ요
ㄱㅅㅎㄴㄷ

[negation]
# Negation cues: 안/못 negate the next word; 않-, 못하-, 없-, 아니-, 말고, 마세요 follow
# the verb or noun they negate (negative scope). Kept to one word so that "숨이 차고 열은
# 없어요" drops only the fever, never the breathing complaint.
안 = 1
못 = 1
않* = -1
못하* = -1
못해* = -1
못합* = -1
못했* = -1
없* = -1
아니* = -1
말고 = -1
마세요 = -1
말아* = -1

[reaction]
# How Korean phones report a like, love, emphasis or laugh as text, before the quoted message: confirm.
좋아함
좋아요
좋아요 표시함
하트
하트 표시함
사랑함
강조함
강조 표시함
웃음
웃음 표시함

[reaction-other]
# The other tapbacks (dislike, question): other.
싫어함
싫어요
싫어요 표시함
물음표
물음표 표시함
질문함

[words]
# Very common words and endings, used only to tell which language a reply is in.
네 예 저 제가 저는 제 우리 좀 너무 정말 진짜 지금 내일 오늘 그럼 그래서 근데 그런데 그리고
혹시 다시 아직 이미 같아요 있어요 없어요 해요 합니다 했어요 할게요 주세요 드려요 드립니다
수 것 거 게 때 때문에 안녕하세요 선생님 병원 예약 문자 시간 감사합니다 죄송합니다 죄송해요
여보세요 어머니 아버지 아이 이번 다음 오전 오후 부탁드립니다 부탁드려요 입니다 이에요 예요
어떻게 언제 어디 누구 뭐 왜 몇 많이 조금 잘 또 아니요 괜찮아요 알겠습니다 가요 와요

[shorthand]
# Consonant shorthand and clipped spellings, expanded before matching.
ㅇㅇ = 응
ㅇㅋ = 오케이
ㅇㅋㅇㅋ = 오케이
ㄱㅅ = 감사
ㄳ = 감사
ㄱㅅㄱㅅ = 감사
ㄳㄳ = 감사
ㄴㄴ = 아니요
ㄱㅊ = 괜찮아
ㅈㅅ = 죄송
ㅅㄱ = 수고
낼 = 내일
담주 = 다음 주
넘 = 너무
쫌 = 좀
어케 = 어떻게
쌤 = 선생님

[minutes]
# Unit after a number of minutes ("10분 늦을 것 같아요").
분

[hours]
# Unit after a number of hours ("1시간 늦어요").
시간

[durations]
# Spelled-out durations, in minutes.
오 분 = 5
오분 = 5
십 분 = 10
십분 = 10
십오 분 = 15
십오분 = 15
이십 분 = 20
이십분 = 20
삼십 분 = 30
삼십분 = 30
반시간 = 30
반 시간 = 30
한 시간 = 60
한시간 = 60
한 시간 반 = 90
한시간반 = 90
두 시간 = 120
두시간 = 120

[when]
# Day and time words for reschedule requests (full weekday names also come from ICU).
# 수 (Wed) and 일 (Sun) are left out as bare words: 갈 수 있어요, 일 때문에.
오늘 = +0d
이따 = +0d
이따가 = +0d
내일 = +1d
모레 = +2d
글피 = +3d
다음 주 = +1w
다음주 = +1w
다다음 주 = +2w
다다음주 = +2w
오전 = morning
아침 = morning
오후 = afternoon
점심 = afternoon
점심때 = afternoon
저녁 = evening
밤 = night
# 전에, 후에, 이전에, 이후에 are left out as bare words: they sit in everyday questions
# ("검사 전에 밥 먹어도 되나요?", "수술 후에 샤워해도 되나요?") that are not reschedule requests.
이후로 = after
이후부터 = after
전까지 = before
이전까지 = before
월 = weekday:1
화 = weekday:2
목 = weekday:4
금 = weekday:5
토 = weekday:6
월욜 = weekday:1
화욜 = weekday:2
수욜 = weekday:3
목욜 = weekday:4
금욜 = weekday:5
토욜 = weekday:6
일욜 = weekday:7

[option-words]
# Words that introduce an option number ("1번", "옵션 2", "선택 3").
번
번호
선택
옵션

# --- 다른 표현의 위험 신호 (2026-12-03): 로마자로 쓴 "살기 싫어요".
[urgent]
salgi sileo*
salgi silh*

# 2026-12-03 (session 5): low mood, sleep and energy; feeling better (moved here from [symptom]);
# bills, parking, directions and opening hours; who is this / what is this number; pushing the
# date back; late with 쪼금, a missed bus, 늦음; stop the texts (Gyeongsang 고마); red flags without
# spaces, in Gyeongsang 몬, and romanized; declining (아니요 괜찮아요, 사양할게요, 몬 가요);
# a work or family emergency that only explains a change.
[symptom]
# Low mood, sadness, anxiety, burnout, loneliness (rule 10: a symptom, not urgent).
슬퍼*
슬프*
슬펐*
기분이 다운*
다운됐*
다운돼*
기분이 별로*
기분이 꿀꿀*
꿀꿀해*
울적*
심란*
의욕이 없*
의욕 없*
의욕이 안 생*
아무것도 하기 싫*
아무 것도 하기 싫*
멘탈이 나갔*
멘탈이 무너*
멘탈 나갔*
멘붕*
번아웃*
지쳐*
지쳤*
녹초*
외로워*
외롭*
초조*
긴장돼*
마음이 무거*
마음이 답답*
나답지 않*
몸이 이상해*
몸이 이상하*
예전 같지 않*
uulhae*
uulhaeyo
seulpeoyo
# Sleep and energy, with and without spaces.
잠이 안와*
잠이안와*
잠이 안 들*
잠 못 자*
잠 못자*
잠을 설쳐*
잠을 설치*
잠 설쳐*
밤새 못 잤*
밤새 한숨도*
잠들기 어려*
잠들기 힘들*
잠드는 게 힘들*
기력이 없*
기력이 떨어*
# Not getting better (호전*, 나아* are [other] now).
호전이 없*
호전되지 않*
나아지지 않*
나아지질 않*
안 나아*
안나아*
좋아지지 않*
차도가 없*
회복이 안 되*
회복이 안 돼*
회복이 잘 안*
회복이 느려*
호전이 안 되*
호전이 안 돼*
# "Not good" with 좋지 않- (the [other] 컨디션이 좋* would be negated and dropped).
컨디션이 좋지 않*
몸이 좋지 않*
상태가 좋지 않*
몸이 괜찮지 않*

[other]
# Feeling better, recovered (moved here from [symptom]): a health update, not a symptom report.
# "안 좋아졌어요", "나빠졌어요" stay [symptom] (longer, or another word).
좋아졌*
나아졌*
나았*
괜찮아졌*
호전*
회복*
이제 괜찮*
이제는 괜찮*
몸이 괜찮*
몸은 괜찮*
컨디션 괜찮*
컨디션이 좋*
# Bills, payment, insurance, receipts ("청구 문자 받았어요" is not the [ack] 문자 받았*).
청구*
요금*
진료비*
병원비*
검사비*
수납*
결제*
납부*
영수증*
계산서*
본인부담*
본인 부담*
실비*
실손*
환불*
고지서*
인보이스*
돈이 나갔*
돈이 빠져*
청구 문자 받았*
결제 문자 받았*
수납 문자 받았*
# Parking, directions, floor, opening hours.
차 댈 데*
차 댈 곳*
차 대는 곳*
차를 어디에*
차 어디에 대*
오시는 길*
찾아가는 길*
길 좀 알려*
길을 모르*
길 안내*
어떻게 가야*
어떻게 가나요
어떻게 가면*
어떻게 찾아*
몇 층*
몇층*
몇 번 출구*
입구*
대중교통*
영업시간*
영업 시간*
진료시간*
진료 시간*
운영시간*
운영 시간*
점심시간*
문 열*
문을 열*
문 닫*
문을 닫*
주말에도 진료*
토요일 진료*
토요일에도 진료*
# A work or family emergency that only explains a change (응급*, 긴급*, 급해* are [urgent]);
# a medical emergency stays [urgent].
일이 급해*
일이 급하*
회사에 급한*
회사에서 급한*
회사 일이 급*
회사에 긴급*
회사에서 긴급*
직장에 급한*
직장에서 급한*
집에 급한*
집안에 급한*
급한 업무*
업무상 급한*
업무상 긴급*
급한 회의*
긴급 회의*
긴급회의*
급한 출장*
긴급 출장*
급하게 출장*
급히 출장*
급히 일이*
급한 용무*
급한 약속*
급한 집안일*
급한 집안 일*
급한 개인 사정*
가정에 급한*
개인적으로 급한*
개인적인 급한*
가족 일로 급하게*
집안일로 급하게*
회사에 응급 상황*
회사에 긴급 상황*
회사에서 긴급 상황*
직장에 긴급 상황*

[help]
# What is this number, whose number is this, what are these texts, how does this work.
이 번호 뭐*
이 번호는 뭐*
무슨 번호*
누구 번호*
이 번호 누구*
이 번호는 누구*
모르는 번호*
처음 보는 번호*
저장 안 된 번호*
무슨 메시지*
무슨 메세지*
이런 문자 왜*
왜 문자*
왜 저한테*
왜 나한테*
어떻게 하는 거*
어떻게 하는거*
어떻게 사용*
이게 무슨*
무슨 서비스*
nuguseyo
nuguyeyo
nugusijyo
nugusinde*
igeo mwoyeyo
i beonho mwo*

[reschedule]
# Push it back, another month, later; "reschedule" and 스케줄 written together.
다음 달로*
다음달로*
다음 달에 가능*
다음달에 가능*
다음 달 가능*
다음달 가능*
나중으로*
나중에 다시 예약*
나중에 다시 잡*
# Not a bare 늦춰*: 출발이 늦춰져서 (the departure was delayed) is a late arrival.
시간을 늦춰*
시간 늦춰*
예약을 늦춰*
예약 늦춰*
날짜를 늦춰*
좀 늦춰*
늦춰 주*
늦춰주*
늦출 수*
늦춰도 되*
늦춰도 될*
일주일 뒤로*
한 주 뒤로*
한주 뒤로*
뒤로 빼*
리스케줄*
리스케쥴*
스케줄 변경*
스케쥴 변경*
스케줄 조정*
스케쥴 조정*
스케줄변경*
스케쥴변경*
일정변경*
시간변경*
날짜변경*
예약날짜 변경*
reschedule*

[late]
# A little late (쪼금, 좀만), overslept, missed the bus, the traffic, nearly there.
쪼금 늦*
쬐금 늦*
조금만 늦*
좀만 늦*
몇 분만 늦*
늦음
좀 늦음
늦을 거예요
늦을 거에요
늦을거예요
늦을 겁니다
늦을끼*
늦잠*
버스를 놓쳐*
버스 놓쳐*
버스를 놓쳤*
버스 놓쳤*
지하철을 놓쳐*
지하철 놓쳐*
지하철을 놓쳤*
지하철 놓쳤*
차를 놓쳤*
차 엄청 막혀*
차 너무 막혀*
차 많이 막혀*
길이 밀려*
길이 … 밀려*
다 와 가*
거의 다 와*

[opt_out]
# Stop the texts: Gyeongsang 고마 (= 그만), "I don't want texts coming", too many texts.
문자 고마 보내*
고마 보내*
고마 보내라
보내지 마라
문자 오는 거 싫*
문자 오는게 싫*
문자 오는 게 싫*
문자 안 오게*
문자 오지 않게*
연락 안 오게*
알림 안 오게*
문자 너무 많이*
문자 너무 자주*
문자가 너무 많*
문자가 너무 자주*
수신 안 할래*
문자 그만 받*
그만 받고 싶*
알림 받기 싫*
메시지 받기 싫*
메세지 받기 싫*
munja geuman*
susin geobu*
suhsin geobu*

[urgent]
# Breathing without spaces and in Gyeongsang 몬 (= 못); bleeding that does not stop; romanized.
숨 못쉬*
숨을 잘 못쉬*
숨을 몬 쉬*
숨 몬 쉬*
숨을 몬쉬*
숨몬쉬*
피 안 멈춰*
피가 안 그치*
피가 멈출 생각을 안*
piga an meomch*
pi ga an meomch*
piga mani*
pireul mani*
chulhyeori simh*
sumi an swieo*
sum swigi eoryeow*
sumeul swil su eops*
sumeul mot swieo*

[cancel]
# Declining (no, it's fine / I'll pass), and Gyeongsang 몬 (= 못) "can't go".
아니요 괜찮*
아뇨 괜찮*
아니에요 괜찮*
아니 괜찮*
사양할게*
사양하겠*
패스요
# Not 몬가, the casual spelling of 뭔가 (something).
몬 가*
몬 갑*
몬 갈*
못감
못 감

# 2026-12-03 (session 6): severe pain in pregnancy; overdose and poisoning (honorific 드셨, 삼켰,
# a child who got into the medicine, bleach and detergent); not responding, hard to wake; heavy
# bleeding in everyday words; chest pressure (a rock or an elephant on the chest) and the chest with
# sweating, the left arm or the jaw; suicidal thoughts in slang and romanized; stop requests (bare
# 그만, 정지, 꺼져 in [alone]; SMS/카톡/알람 그만, 보내지 좀 마, not your patient any more).
[urgent-combinations]
# --- Severe pain in pregnancy: a pregnancy word + very strong, constant or unbearable pain, labour
# pains or frequent tightening ("임신 32주인데 배가 너무 아파요", "만삭인데 진통이 와요"). Negated
# ("많이 아프지는 않아요") they do not fire.
임신* + 너무 아파*
임신* + 너무 아프*
임신* + 너무 아픈*
임신* + 너무 아팠*
임신* + 많이 아파*
임신* + 많이 아프*
임신* + 많이 아픈*
임신* + 엄청 아파*
임신* + 엄청 아프*
임신* + 심하게 아파*
임신* + 심하게 아프*
임신* + 계속 아파*
임신* + 계속 아프*
임신* + 계속 아픈*
임신* + 진짜 아파*
임신* + 되게 아파*
임신* + 미친듯이 아파*
임신* + 죽을 것처럼 아파*
임신* + 복통*
임신* + 통증이 심*
임신* + 심한 통증*
임신* + 통증이 너무*
임신* + 통증이 계속*
임신* + 배가 … 쥐어짜*
임신* + 허리가 … 끊어질*
임신* + 못 참*
임신* + 못참*
임신* + 참을 수 없*
임신* + 진통이*
임신* + 진통 같*
임신* + 배뭉침이 심*
임신* + 배뭉침이 자주*
임신* + 배뭉침이 계속*
임신* + 배가 자주 뭉쳐*
임신* + 배가 계속 뭉쳐*
임신* + 자궁 수축*
임산부* + 너무 아파*
임산부* + 너무 아프*
임산부* + 너무 아픈*
임산부* + 너무 아팠*
임산부* + 많이 아파*
임산부* + 많이 아프*
임산부* + 많이 아픈*
임산부* + 엄청 아파*
임산부* + 엄청 아프*
임산부* + 심하게 아파*
임산부* + 심하게 아프*
임산부* + 계속 아파*
임산부* + 계속 아프*
임산부* + 계속 아픈*
임산부* + 진짜 아파*
임산부* + 되게 아파*
임산부* + 미친듯이 아파*
임산부* + 죽을 것처럼 아파*
임산부* + 복통*
임산부* + 통증이 심*
임산부* + 심한 통증*
임산부* + 통증이 너무*
임산부* + 통증이 계속*
임산부* + 배가 … 쥐어짜*
임산부* + 허리가 … 끊어질*
임산부* + 못 참*
임산부* + 못참*
임산부* + 참을 수 없*
임산부* + 진통이*
임산부* + 진통 같*
임산부* + 배뭉침이 심*
임산부* + 배뭉침이 자주*
임산부* + 배뭉침이 계속*
임산부* + 배가 자주 뭉쳐*
임산부* + 배가 계속 뭉쳐*
임산부* + 자궁 수축*
만삭* + 너무 아파*
만삭* + 너무 아프*
만삭* + 너무 아픈*
만삭* + 너무 아팠*
만삭* + 많이 아파*
만삭* + 많이 아프*
만삭* + 많이 아픈*
만삭* + 엄청 아파*
만삭* + 엄청 아프*
만삭* + 심하게 아파*
만삭* + 심하게 아프*
만삭* + 계속 아파*
만삭* + 계속 아프*
만삭* + 계속 아픈*
만삭* + 진짜 아파*
만삭* + 되게 아파*
만삭* + 미친듯이 아파*
만삭* + 죽을 것처럼 아파*
만삭* + 복통*
만삭* + 통증이 심*
만삭* + 심한 통증*
만삭* + 통증이 너무*
만삭* + 통증이 계속*
만삭* + 배가 … 쥐어짜*
만삭* + 허리가 … 끊어질*
만삭* + 못 참*
만삭* + 못참*
만삭* + 참을 수 없*
만삭* + 진통이*
만삭* + 진통 같*
만삭* + 배뭉침이 심*
만삭* + 배뭉침이 자주*
만삭* + 배뭉침이 계속*
만삭* + 배가 자주 뭉쳐*
만삭* + 배가 계속 뭉쳐*
만삭* + 자궁 수축*
산모* + 너무 아파*
산모* + 너무 아프*
산모* + 너무 아픈*
산모* + 너무 아팠*
산모* + 많이 아파*
산모* + 많이 아프*
산모* + 많이 아픈*
산모* + 엄청 아파*
산모* + 엄청 아프*
산모* + 심하게 아파*
산모* + 심하게 아프*
산모* + 계속 아파*
산모* + 계속 아프*
산모* + 계속 아픈*
산모* + 진짜 아파*
산모* + 되게 아파*
산모* + 미친듯이 아파*
산모* + 죽을 것처럼 아파*
산모* + 복통*
산모* + 통증이 심*
산모* + 심한 통증*
산모* + 통증이 너무*
산모* + 통증이 계속*
산모* + 배가 … 쥐어짜*
산모* + 허리가 … 끊어질*
산모* + 못 참*
산모* + 못참*
산모* + 참을 수 없*
산모* + 진통이*
산모* + 진통 같*
산모* + 배뭉침이 심*
산모* + 배뭉침이 자주*
산모* + 배뭉침이 계속*
산모* + 배가 자주 뭉쳐*
산모* + 배가 계속 뭉쳐*
산모* + 자궁 수축*
imsin* + neomu apa*
imsin* + mani apa*
imsin* + bokto*
[urgent]
# Preterm labour.
조기 진통*
조기진통*
# Overdose, any person: took too many (honorific 드셨), swallowed a lot, all at once, a handful or
# a fistful; "약 먹었어요", "처방대로 먹었어요" stay out (no quantity).
약을 많이 드셨*
약 많이 드셨*
약을 많이 삼켰*
약 많이 삼켰*
약을 너무 많이 삼켰*
한꺼번에 다 먹었*
한꺼번에 다 드셨*
한꺼번에 다 삼켰*
한 번에 다 삼켰*
한번에 다 삼켰*
한 통 다 삼켰*
한통 다 삼켰*
약을 한 주먹*
알약을 한 주먹*
한 주먹 먹었*
한주먹 먹었*
한 주먹 삼켰*
알약을 많이 먹었*
알약을 많이 삼켰*
알약을 너무 많이*
약 한 판을 다*
약 한 판 다*
수십 알*
몇십 알*
열 알 넘게*
수면제* … 너무 많이 먹었*
수면제* … 너무 많이 드셨*
수면제* … 너무 많이 삼켰*
수면제* … 몽땅*
수면제* … 왕창*
진통제* … 너무 많이 먹었*
진통제* … 너무 많이 드셨*
진통제* … 너무 많이 삼켰*
진통제* … 몽땅*
진통제* … 왕창*
타이레놀* … 너무 많이 먹었*
타이레놀* … 너무 많이 드셨*
타이레놀* … 너무 많이 삼켰*
타이레놀* … 몽땅*
타이레놀* … 왕창*
혈압약* … 너무 많이 먹었*
혈압약* … 너무 많이 드셨*
혈압약* … 너무 많이 삼켰*
혈압약* … 몽땅*
혈압약* … 왕창*
철분제* … 너무 많이 먹었*
철분제* … 너무 많이 드셨*
철분제* … 너무 많이 삼켰*
철분제* … 몽땅*
철분제* … 왕창*
비타민* … 너무 많이 먹었*
비타민* … 너무 많이 드셨*
비타민* … 너무 많이 삼켰*
비타민* … 몽땅*
비타민* … 왕창*
안정제* … 너무 많이 먹었*
안정제* … 너무 많이 드셨*
안정제* … 너무 많이 삼켰*
안정제* … 몽땅*
안정제* … 왕창*
신경안정제* … 너무 많이 먹었*
신경안정제* … 너무 많이 드셨*
신경안정제* … 너무 많이 삼켰*
신경안정제* … 몽땅*
신경안정제* … 왕창*
우울증 약* … 너무 많이 먹었*
우울증 약* … 너무 많이 드셨*
우울증 약* … 너무 많이 삼켰*
우울증 약* … 몽땅*
우울증 약* … 왕창*
우울증약* … 너무 많이 먹었*
우울증약* … 너무 많이 드셨*
우울증약* … 너무 많이 삼켰*
우울증약* … 몽땅*
우울증약* … 왕창*
항우울제* … 너무 많이 먹었*
항우울제* … 너무 많이 드셨*
항우울제* … 너무 많이 삼켰*
항우울제* … 몽땅*
항우울제* … 왕창*
해열제* … 너무 많이 먹었*
해열제* … 너무 많이 드셨*
해열제* … 너무 많이 삼켰*
해열제* … 몽땅*
해열제* … 왕창*
감기약* … 너무 많이 먹었*
감기약* … 너무 많이 드셨*
감기약* … 너무 많이 삼켰*
감기약* … 몽땅*
감기약* … 왕창*
수면유도제* … 너무 많이 먹었*
수면유도제* … 너무 많이 드셨*
수면유도제* … 너무 많이 삼켰*
수면유도제* … 몽땅*
수면유도제* … 왕창*
졸피뎀* … 너무 많이 먹었*
졸피뎀* … 너무 많이 드셨*
졸피뎀* … 너무 많이 삼켰*
졸피뎀* … 몽땅*
졸피뎀* … 왕창*
# Poison: bleach (락스), detergent, pesticide, rat poison, antifreeze (drank, ate, swallowed).
락스를 마셨*
락스 마셨*
락스를 먹었*
락스 먹었*
락스를 삼켰*
락스 삼켰*
락스를 드셨*
락스 드셨*
락스물을 마셨*
락스물 마셨*
락스물을 먹었*
락스물 먹었*
락스물을 삼켰*
락스물 삼켰*
락스물을 드셨*
락스물 드셨*
세제를 마셨*
세제 마셨*
세제를 먹었*
세제 먹었*
세제를 삼켰*
세제 삼켰*
세제를 드셨*
세제 드셨*
주방세제를 마셨*
주방세제 마셨*
주방세제를 먹었*
주방세제 먹었*
주방세제를 삼켰*
주방세제 삼켰*
주방세제를 드셨*
주방세제 드셨*
세정제를 마셨*
세정제 마셨*
세정제를 먹었*
세정제 먹었*
세정제를 삼켰*
세정제 삼켰*
세정제를 드셨*
세정제 드셨*
표백제를 마셨*
표백제 마셨*
표백제를 먹었*
표백제 먹었*
표백제를 삼켰*
표백제 삼켰*
표백제를 드셨*
표백제 드셨*
살충제를 마셨*
살충제 마셨*
살충제를 먹었*
살충제 먹었*
살충제를 삼켰*
살충제 삼켰*
살충제를 드셨*
살충제 드셨*
쥐약을 마셨*
쥐약 마셨*
쥐약을 먹었*
쥐약 먹었*
쥐약을 삼켰*
쥐약 삼켰*
쥐약을 드셨*
쥐약 드셨*
농약을 삼켰*
농약 삼켰*
농약을 드셨*
농약 드셨*
부동액을 마셨*
부동액 마셨*
부동액을 먹었*
부동액 먹었*
부동액을 삼켰*
부동액 삼켰*
부동액을 드셨*
부동액 드셨*
제초제를 마셨*
제초제 마셨*
제초제를 먹었*
제초제 먹었*
제초제를 삼켰*
제초제 삼켰*
제초제를 드셨*
제초제 드셨*
손소독제를 마셨*
손소독제 마셨*
손소독제를 먹었*
손소독제 먹었*
손소독제를 삼켰*
손소독제 삼켰*
손소독제를 드셨*
손소독제 드셨*
소독약을 마셨*
소독약 마셨*
소독약을 먹었*
소독약 먹었*
소독약을 삼켰*
소독약 삼켰*
소독약을 드셨*
소독약 드셨*
독극물을 마셨*
독극물 마셨*
독극물을 먹었*
독극물 먹었*
독극물을 삼켰*
독극물 삼켰*
독극물을 드셨*
독극물 드셨*
독극물*
독약*
독을 마셨*
독을 먹었*
청산가리*
[urgent-combinations]
# --- A child swallowed or got into medicine ("아이가 약통을 열어서 먹었어요", "손자가 할머니 약을 주워
# 먹었어요"): a child word + an accident wording (a child who "took his medicine" is ordinary).
아이가 + 약을 삼켰*
아이가 + 약을 먹어버렸*
아이가 + 약을 먹어 버렸*
아이가 + 약을 주워 먹었*
아이가 + 약을 꺼내 먹었*
아이가 + 약을 꺼내서 먹었*
아이가 + 약통을 열었*
아이가 + 약통을 열어서*
아이가 + 약을 가지고 놀다가*
아이가 + 알약을 삼켰*
아이가 + 알약을 먹었*
아이가 + 약을 몰래 먹었*
아이가 + 약을 잘못 먹었*
아이가 + 어른 약을 먹었*
아이가 + 할머니 약을 먹었*
아이가 + 할아버지 약을 먹었*
아이는 + 약을 삼켰*
아이는 + 약을 먹어버렸*
아이는 + 약을 먹어 버렸*
아이는 + 약을 주워 먹었*
아이는 + 약을 꺼내 먹었*
아이는 + 약을 꺼내서 먹었*
아이는 + 약통을 열었*
아이는 + 약통을 열어서*
아이는 + 약을 가지고 놀다가*
아이는 + 알약을 삼켰*
아이는 + 알약을 먹었*
아이는 + 약을 몰래 먹었*
아이는 + 약을 잘못 먹었*
아이는 + 어른 약을 먹었*
아이는 + 할머니 약을 먹었*
아이는 + 할아버지 약을 먹었*
애가 + 약을 삼켰*
애가 + 약을 먹어버렸*
애가 + 약을 먹어 버렸*
애가 + 약을 주워 먹었*
애가 + 약을 꺼내 먹었*
애가 + 약을 꺼내서 먹었*
애가 + 약통을 열었*
애가 + 약통을 열어서*
애가 + 약을 가지고 놀다가*
애가 + 알약을 삼켰*
애가 + 알약을 먹었*
애가 + 약을 몰래 먹었*
애가 + 약을 잘못 먹었*
애가 + 어른 약을 먹었*
애가 + 할머니 약을 먹었*
애가 + 할아버지 약을 먹었*
애기가 + 약을 삼켰*
애기가 + 약을 먹어버렸*
애기가 + 약을 먹어 버렸*
애기가 + 약을 주워 먹었*
애기가 + 약을 꺼내 먹었*
애기가 + 약을 꺼내서 먹었*
애기가 + 약통을 열었*
애기가 + 약통을 열어서*
애기가 + 약을 가지고 놀다가*
애기가 + 알약을 삼켰*
애기가 + 알약을 먹었*
애기가 + 약을 몰래 먹었*
애기가 + 약을 잘못 먹었*
애기가 + 어른 약을 먹었*
애기가 + 할머니 약을 먹었*
애기가 + 할아버지 약을 먹었*
아기가 + 약을 삼켰*
아기가 + 약을 먹어버렸*
아기가 + 약을 먹어 버렸*
아기가 + 약을 주워 먹었*
아기가 + 약을 꺼내 먹었*
아기가 + 약을 꺼내서 먹었*
아기가 + 약통을 열었*
아기가 + 약통을 열어서*
아기가 + 약을 가지고 놀다가*
아기가 + 알약을 삼켰*
아기가 + 알약을 먹었*
아기가 + 약을 몰래 먹었*
아기가 + 약을 잘못 먹었*
아기가 + 어른 약을 먹었*
아기가 + 할머니 약을 먹었*
아기가 + 할아버지 약을 먹었*
아들이* + 약을 삼켰*
아들이* + 약을 먹어버렸*
아들이* + 약을 먹어 버렸*
아들이* + 약을 주워 먹었*
아들이* + 약을 꺼내 먹었*
아들이* + 약을 꺼내서 먹었*
아들이* + 약통을 열었*
아들이* + 약통을 열어서*
아들이* + 약을 가지고 놀다가*
아들이* + 알약을 삼켰*
아들이* + 알약을 먹었*
아들이* + 약을 몰래 먹었*
아들이* + 약을 잘못 먹었*
아들이* + 어른 약을 먹었*
아들이* + 할머니 약을 먹었*
아들이* + 할아버지 약을 먹었*
딸이 + 약을 삼켰*
딸이 + 약을 먹어버렸*
딸이 + 약을 먹어 버렸*
딸이 + 약을 주워 먹었*
딸이 + 약을 꺼내 먹었*
딸이 + 약을 꺼내서 먹었*
딸이 + 약통을 열었*
딸이 + 약통을 열어서*
딸이 + 약을 가지고 놀다가*
딸이 + 알약을 삼켰*
딸이 + 알약을 먹었*
딸이 + 약을 몰래 먹었*
딸이 + 약을 잘못 먹었*
딸이 + 어른 약을 먹었*
딸이 + 할머니 약을 먹었*
딸이 + 할아버지 약을 먹었*
딸아이* + 약을 삼켰*
딸아이* + 약을 먹어버렸*
딸아이* + 약을 먹어 버렸*
딸아이* + 약을 주워 먹었*
딸아이* + 약을 꺼내 먹었*
딸아이* + 약을 꺼내서 먹었*
딸아이* + 약통을 열었*
딸아이* + 약통을 열어서*
딸아이* + 약을 가지고 놀다가*
딸아이* + 알약을 삼켰*
딸아이* + 알약을 먹었*
딸아이* + 약을 몰래 먹었*
딸아이* + 약을 잘못 먹었*
딸아이* + 어른 약을 먹었*
딸아이* + 할머니 약을 먹었*
딸아이* + 할아버지 약을 먹었*
손자* + 약을 삼켰*
손자* + 약을 먹어버렸*
손자* + 약을 먹어 버렸*
손자* + 약을 주워 먹었*
손자* + 약을 꺼내 먹었*
손자* + 약을 꺼내서 먹었*
손자* + 약통을 열었*
손자* + 약통을 열어서*
손자* + 약을 가지고 놀다가*
손자* + 알약을 삼켰*
손자* + 알약을 먹었*
손자* + 약을 몰래 먹었*
손자* + 약을 잘못 먹었*
손자* + 어른 약을 먹었*
손자* + 할머니 약을 먹었*
손자* + 할아버지 약을 먹었*
손녀* + 약을 삼켰*
손녀* + 약을 먹어버렸*
손녀* + 약을 먹어 버렸*
손녀* + 약을 주워 먹었*
손녀* + 약을 꺼내 먹었*
손녀* + 약을 꺼내서 먹었*
손녀* + 약통을 열었*
손녀* + 약통을 열어서*
손녀* + 약을 가지고 놀다가*
손녀* + 알약을 삼켰*
손녀* + 알약을 먹었*
손녀* + 약을 몰래 먹었*
손녀* + 약을 잘못 먹었*
손녀* + 어른 약을 먹었*
손녀* + 할머니 약을 먹었*
손녀* + 할아버지 약을 먹었*
조카* + 약을 삼켰*
조카* + 약을 먹어버렸*
조카* + 약을 먹어 버렸*
조카* + 약을 주워 먹었*
조카* + 약을 꺼내 먹었*
조카* + 약을 꺼내서 먹었*
조카* + 약통을 열었*
조카* + 약통을 열어서*
조카* + 약을 가지고 놀다가*
조카* + 알약을 삼켰*
조카* + 알약을 먹었*
조카* + 약을 몰래 먹었*
조카* + 약을 잘못 먹었*
조카* + 어른 약을 먹었*
조카* + 할머니 약을 먹었*
조카* + 할아버지 약을 먹었*
우리 애* + 약을 삼켰*
우리 애* + 약을 먹어버렸*
우리 애* + 약을 먹어 버렸*
우리 애* + 약을 주워 먹었*
우리 애* + 약을 꺼내 먹었*
우리 애* + 약을 꺼내서 먹었*
우리 애* + 약통을 열었*
우리 애* + 약통을 열어서*
우리 애* + 약을 가지고 놀다가*
우리 애* + 알약을 삼켰*
우리 애* + 알약을 먹었*
우리 애* + 약을 몰래 먹었*
우리 애* + 약을 잘못 먹었*
우리 애* + 어른 약을 먹었*
우리 애* + 할머니 약을 먹었*
우리 애* + 할아버지 약을 먹었*
우리 아이* + 약을 삼켰*
우리 아이* + 약을 먹어버렸*
우리 아이* + 약을 먹어 버렸*
우리 아이* + 약을 주워 먹었*
우리 아이* + 약을 꺼내 먹었*
우리 아이* + 약을 꺼내서 먹었*
우리 아이* + 약통을 열었*
우리 아이* + 약통을 열어서*
우리 아이* + 약을 가지고 놀다가*
우리 아이* + 알약을 삼켰*
우리 아이* + 알약을 먹었*
우리 아이* + 약을 몰래 먹었*
우리 아이* + 약을 잘못 먹었*
우리 아이* + 어른 약을 먹었*
우리 아이* + 할머니 약을 먹었*
우리 아이* + 할아버지 약을 먹었*
꼬맹이* + 약을 삼켰*
꼬맹이* + 약을 먹어버렸*
꼬맹이* + 약을 먹어 버렸*
꼬맹이* + 약을 주워 먹었*
꼬맹이* + 약을 꺼내 먹었*
꼬맹이* + 약을 꺼내서 먹었*
꼬맹이* + 약통을 열었*
꼬맹이* + 약통을 열어서*
꼬맹이* + 약을 가지고 놀다가*
꼬맹이* + 알약을 삼켰*
꼬맹이* + 알약을 먹었*
꼬맹이* + 약을 몰래 먹었*
꼬맹이* + 약을 잘못 먹었*
꼬맹이* + 어른 약을 먹었*
꼬맹이* + 할머니 약을 먹었*
꼬맹이* + 할아버지 약을 먹었*
[urgent]
# Not responding, hard to wake, not coming round (이 사람이 아무리 불러도, 깨우기 힘들어요, 의식이 안 돌아와요).
아무리 불러도*
아무리 깨워도*
아무리 흔들어도*
흔들어 깨워도*
깨우는데 안 일어나*
깨우는데 반응*
깨우는데 안 깨*
깨워지지 않*
안 깨워져*
깨우기가 힘들*
깨우기 힘들*
깨우기 어렵*
깨우기가 어렵*
깨워도 잘 안 깨*
불러도 눈을 안 떠*
불러도 눈을 못 떠*
말을 걸어도 반응*
말을 걸어도 대답*
말 걸어도 대답*
말을 시켜도 대답*
말 시켜도 대답*
의식이 안 돌아*
의식이 돌아오지 않*
의식이 안 깨*
의식 잃*
정신 잃*
의식이 희미*
혼수상태*
혼수 상태*
까무라*
못 깨어나*
깨어나지를 않*
깨어나질 않*
안깨어나*
숨은 쉬는데 반응*
uisigi eops*
uisigeul ilh*
bandeungi eops*
# Heavy bleeding in everyday words: pouring with words in between, soaked in blood, blood everywhere,
# won't stop (멎지 않아요), after birth (산후 출혈).
피가 … 쏟아*
피가 … 철철*
피가 … 줄줄*
피가 … 콸콸*
피가 … 펑펑*
피가 안 멎*
피가 안멎*
피가 멎지 않*
피가 멎질 않*
피가 너무 나*
피가 막 나*
출혈이 많*
출혈이 멈추질 않*
피로 … 젖*
피에 … 젖*
피로 … 흠뻑*
피가 흠뻑*
피로 범벅*
피가 사방*
사방에 피가*
온통 피가*
온통 피범벅*
온통 피투성이*
바닥이 피바다*
바닥이 피투성이*
수건이 피로*
붕대가 피로*
거즈가 피로*
산후 출혈*
산후출혈*
오로가 너무 많*
piga jjulju*
piga cheolcheol*
piga sodaj*
# Chest pressure as people describe it: a rock, a brick or an elephant on the chest, something
# placed or sitting on it, squeezed tight (가슴에 돌덩이를 얹은 것 같아요, 코끼리가 올라앉은 듯).
가슴* … 돌덩이*
가슴* … 바위*
가슴* … 벽돌*
가슴* … 쇳덩이*
가슴* … 코끼리*
가슴* … 올라앉*
가슴* … 묵직*
가슴* … 무겁*
가슴* … 꽉 조*
가슴* … 죄어*
가슴* … 죄이*
가슴* … 옥죄*
가슴* … 짓이기*
돌덩이* … 가슴*
코끼리* … 가슴*
gaseumi jjoyeo*
gaseumi mugeow*
gaseumi dapdaphae*
[urgent-combinations]
# --- The chest with sweating, the left arm or shoulder, the jaw, or pain spreading to them
# ("가슴이 답답하고 땀이 나요", "가슴 쪽이 이상하고 왼팔이 저려요").
가슴이* + 땀이*
가슴이* + 땀을*
가슴이* + 땀나*
가슴이* + 땀 나*
가슴이* + 땀범벅*
가슴이* + 땀에 젖*
가슴을* + 땀이*
가슴을* + 땀을*
가슴을* + 땀나*
가슴을* + 땀 나*
가슴을* + 땀범벅*
가슴을* + 땀에 젖*
가슴 쪽* + 땀이*
가슴 쪽* + 땀을*
가슴 쪽* + 땀나*
가슴 쪽* + 땀 나*
가슴 쪽* + 땀범벅*
가슴 쪽* + 땀에 젖*
가슴쪽* + 땀이*
가슴쪽* + 땀을*
가슴쪽* + 땀나*
가슴쪽* + 땀 나*
가슴쪽* + 땀범벅*
가슴쪽* + 땀에 젖*
심장이* + 땀이*
심장이* + 땀을*
심장이* + 땀나*
심장이* + 땀 나*
심장이* + 땀범벅*
심장이* + 땀에 젖*
가슴이* + 왼팔*
가슴이* + 왼쪽 팔*
가슴이* + 왼쪽팔*
가슴이* + 왼쪽 어깨*
가슴이* + 왼쪽어깨*
가슴이* + 팔이 저려*
가슴이* + 팔이 저리*
가슴이* + 팔까지*
가슴이* + 어깨까지*
가슴이* + 턱이*
가슴이* + 턱까지*
가슴이* + 턱 쪽*
가슴이* + 턱쪽*
가슴이* + 등까지*
가슴을* + 왼팔*
가슴을* + 왼쪽 팔*
가슴을* + 왼쪽팔*
가슴을* + 왼쪽 어깨*
가슴을* + 왼쪽어깨*
가슴을* + 팔이 저려*
가슴을* + 팔이 저리*
가슴을* + 팔까지*
가슴을* + 어깨까지*
가슴을* + 턱이*
가슴을* + 턱까지*
가슴을* + 턱 쪽*
가슴을* + 턱쪽*
가슴을* + 등까지*
가슴에* + 왼팔*
가슴에* + 왼쪽 팔*
가슴에* + 왼쪽팔*
가슴에* + 왼쪽 어깨*
가슴에* + 왼쪽어깨*
가슴에* + 팔이 저려*
가슴에* + 팔이 저리*
가슴에* + 팔까지*
가슴에* + 어깨까지*
가슴에* + 턱이*
가슴에* + 턱까지*
가슴에* + 턱 쪽*
가슴에* + 턱쪽*
가슴에* + 등까지*
가슴 쪽* + 왼팔*
가슴 쪽* + 왼쪽 팔*
가슴 쪽* + 왼쪽팔*
가슴 쪽* + 왼쪽 어깨*
가슴 쪽* + 왼쪽어깨*
가슴 쪽* + 팔이 저려*
가슴 쪽* + 팔이 저리*
가슴 쪽* + 팔까지*
가슴 쪽* + 어깨까지*
가슴 쪽* + 턱이*
가슴 쪽* + 턱까지*
가슴 쪽* + 턱 쪽*
가슴 쪽* + 턱쪽*
가슴 쪽* + 등까지*
가슴쪽* + 왼팔*
가슴쪽* + 왼쪽 팔*
가슴쪽* + 왼쪽팔*
가슴쪽* + 왼쪽 어깨*
가슴쪽* + 왼쪽어깨*
가슴쪽* + 팔이 저려*
가슴쪽* + 팔이 저리*
가슴쪽* + 팔까지*
가슴쪽* + 어깨까지*
가슴쪽* + 턱이*
가슴쪽* + 턱까지*
가슴쪽* + 턱 쪽*
가슴쪽* + 턱쪽*
가슴쪽* + 등까지*
흉부* + 왼팔*
흉부* + 왼쪽 팔*
흉부* + 왼쪽팔*
흉부* + 왼쪽 어깨*
흉부* + 왼쪽어깨*
흉부* + 팔이 저려*
흉부* + 팔이 저리*
흉부* + 팔까지*
흉부* + 어깨까지*
흉부* + 턱이*
흉부* + 턱까지*
흉부* + 턱 쪽*
흉부* + 턱쪽*
흉부* + 등까지*
심장이* + 왼팔*
심장이* + 왼쪽 팔*
심장이* + 왼쪽팔*
심장이* + 왼쪽 어깨*
심장이* + 왼쪽어깨*
심장이* + 팔이 저려*
심장이* + 팔이 저리*
심장이* + 팔까지*
심장이* + 어깨까지*
심장이* + 턱이*
심장이* + 턱까지*
심장이* + 턱 쪽*
심장이* + 턱쪽*
심장이* + 등까지*
[urgent]
# Suicidal thoughts: slang and cute spellings (죽고파, 죽구 싶어, 뒤져버리고), "I'll take pills and die",
# the Han river memes, "I don't want to be alive", giving up on life, and romanized.
죽고파*
죽구 싶*
죽구싶*
죽고 시퍼*
죽고시퍼*
주꼬 싶*
주꼬싶*
뒤지고싶*
뒤져버리고*
뒤져 버리고*
죽어버리겠*
죽어 버리겠*
약 먹고 죽*
약먹고 죽*
살아있기 싫*
살아 있기 싫*
살아있고 싶지 않*
살아 있고 싶지 않*
세상 떠나고 싶*
삶을 포기*
목숨을 버리*
스스로 목숨*
목 매달*
손목을 그을*
손목 그을*
한강 물 온도*
한강물 온도*
한강에 뛰어*
다리에서 뛰어*
옥상에서 뛰어*
극단 선택*
죽겠다고 칼*
jukgosip*
jukgoship*
jukgopa*
jugeo beorigo*
jugeobeorigo*
dwijigo sip*
salgi silta
salgo sipji ana*
jasalhago sip*
[opt_out]
# Stop the texts: "don't send" with 좀 inside, texts named SMS, 카톡, 알림톡, 알람, 리마인더,
# "I'm not your patient any more", romanized (보내지 마이소/마소/마셈 are caught by 보내지 마*).
보내지 좀 마*
보내지 좀 말*
문자 멈춰*
문자 좀 멈춰*
알림 멈춰*
sms 그만*
sms 안 받*
알림톡 그만*
알림톡 안 받*
알람 그만*
알람 끄*
알람 꺼*
알람 중지*
알람 해지*
리마인더 그만*
리마인드 그만*
메시지 그만 보내*
이제 거기 환자 아니*
더 이상 거기 환자*
더이상 거기 환자*
그 병원 환자 아니*
이제 그 병원 안 다녀*
이제 거기 안 다녀*
더 이상 그 병원 안 다녀*
bonaeji ma*
munja bonaeji ma*
geuman bonae*
munja geumanhae*
[alone]
# The whole reply is "stop" (그만!, 정지, 중지요, 꺼져); inside a sentence these words mean other things
# ("약 그만 먹어도 돼요?", "복용 중지", "통증이 멈췄어요").
그만 = opt_out
그만그만 = opt_out
이제 그만 = opt_out
그만해요 = opt_out
그만하세요 = opt_out
정지 = opt_out
중단 = opt_out
중지요 = opt_out
중지해 주세요 = opt_out
중지해주세요 = opt_out
중지 부탁드립니다 = opt_out
정지해 주세요 = opt_out
정지해주세요 = opt_out
멈춰 = opt_out
멈춰요 = opt_out
멈춰 주세요 = opt_out
멈춰주세요 = opt_out
꺼져 = opt_out
꺼지세요 = opt_out
geuman = opt_out
geumanhae = opt_out
geumanhaeyo = opt_out
