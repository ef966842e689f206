# Arabic (العربية) reply lexicon for Parlance.
#
# What it is: words and phrases that Arabic-speaking patients use when they answer clinic
# SMS (appointment reminders, check-ins, lab and refill notices), sorted by the intent they
# carry (see shared/spec/intents.md). It covers Modern Standard Arabic and the colloquial
# forms patients actually text: Levantine (بدي، رح، هلق، منيح), Egyptian (عايز، مش، هاجي،
# النهارده، ميعاد), Iraqi (اكدر، راح، هسه، ماكو) and Gulf (ابغى، ابي، باكر، يعورني، زين).
# Written from everyday SMS usage; nothing here is copied from an evaluation corpus.
#
# Arabizi (Arabic in Latin letters with digits: 2 = ء/ق, 3 = ع, 5 = خ, 7 = ح, 9 = ق/ص,
# 6 = ط, 8 = غ) is listed by hand in each section, because ICU's Arabic romanization does
# not produce it. Harakat are stripped automatically; spellings with and without hamza
# (أ/إ/ا) and with ة or ه, ى or ي are listed where patients use both.
#
# Reviewer notes: `*` ends a stem; `…` allows up to three words in between, inside one
# clause. Arabic prefixes (ال، و، ب، ف) are part of the word, so forms with them are listed.
@schema lexicon@1
@lang ar
@name Arabic (العربية)

# I will come / yes to the question asked.
[confirm]
نعم
نعم سأحضر
ايوه
أيوه
ايوا
أيوا
ايوة
إيه
اه
آه
إي
إي نعم
اي نعم
أكيد
اكيد
أكيد جاي
اكيد جاي
بالتأكيد
بالتاكيد
موافق
موافقة
موافقه
مؤكد
موكد
أؤكد
اؤكد
أأكد
أكدت
اكدت
تأكيد
تاكيد
تم التأكيد
تم التاكيد
أؤكد الموعد
اكد الموعد
سأحضر
ساحضر
سوف أحضر
سوف احضر
سأكون هناك
ساكون هناك
سأكون موجود
سأكون في الموعد
ساكون في الموعد
ع الموعد
على الموعد
رح اجي
رح إجي
راح اجي
راح أجي
حاجي
هاجي
جاي
جاية
جايه
بجي
باجي
بنجي
رح احضر
راح احضر
بحضر
حاحضر
هحضر
هاحضر
رح كون موجود
راح اكون موجود
بكون موجود
حكون موجود
هكون موجود
انا موجود
أنا موجود
حكون هناك
هكون هناك
بكون هناك
دا اجي
اشوفكم
أشوفكم
نشوفكم
بشوفكم
نشوفك
اشوفك
نلتقي
لا مشكلة
لا مشكله
ما في مشكلة
مافي مشكلة
مافي مشكله
مش مشكلة
مو مشكلة
ما عندي مشكلة
لا تلغي
لا تلغوا
لا تلغو
ما تلغي
ما تلغوا
متلغيش
بلاش تلغي
# Arabizi
na3am
n3am
na3m
aywa
aiwa
aywah
aiwah
eywa
aywaa
ee na3am
akid
akeed
akid jay
mowafe2
mwafe2
muwafiq
mwafeg
mowafeq
akked
akkedt
akadt
2akked
ra7 eji
ra7 aji
rah eji
rah aji
ra7 ijee
7aji
haaji
hagi
hagy
ana gay
ana gaya
jaye
jaya
ana jay
ana jaye
baji
b2ji
bji
ra7 a7dar
ra7 ehdar
7a7dar
ha7dar
ba7dar
bakoon mawjood
7akoon hnak
hakoon hnak
ashofkom
ashoufkom
nshofkom
nshoufkom
mafi moshkle
mafi mishkle
ma fi moshkila
mish moshkila
msh moshkla
la moshkila
la tilghi
# Maghrebi (Moroccan, Algerian, Tunisian): غادي/غا "will", راني "I am", باش "will" (Tunisian).
غادي نجي
غانجي
غنجي
غادي نكون
غادي نكون تما
راني جاي
رانا جايين
باش نجي
نجي ان شاء الله
نجي إن شاء الله
ما كاين مشكل
ماكاين مشكل
ماكاينش مشكل
ghadi nji
ghadi nje
gadi nji
ghanji
ghan nji
ghadi nkoun
ghadi nkon
rani jay
rani jaya
bech nji
bch nji
nji inchallah
nji nchallah
ma kayn mochkil
makayn mochkil
ma kayn mochkel
makaynch mochkil
ma kaynch moshkil

# I will not attend; release the slot. A bare "لا" answers "نعم للتأكيد، لا للإلغاء".
[cancel]
لا
لأ
لاء
لا شكرا
لن أحضر
لن احضر
لن آتي
لن اتي
لا أستطيع الحضور
لا استطيع الحضور
لن أتمكن من الحضور
لن اتمكن من الحضور
لا يمكنني الحضور
لا اقدر احضر
لا أقدر
مش جاي
مش جاية
مش جايه
مو جاي
مو جاية
مب جاي
ماني جاي
مانيش جاي
مش هاجي
مش حاجي
مش رح اجي
مش راح اجي
ما رح اجي
ما راح اجي
ما رح إجي
ما بجي
ما راح احضر
ما رح احضر
مش هحضر
مش حاحضر
ما بقدر اجي
ما بقدر إجي
مابقدر اجي
ما اقدر اجي
ما أقدر أجي
ما اقدر
ما أقدر
مااقدر
ما اكدر اجي
ما اكدر
ماكدر
ما اگدر
مش هقدر
مش حقدر
مش هاقدر
مش هقدر اجي
مش قادر اجي
مش قادرة اجي
مش قادره اجي
مو قادر اجي
مقدرش
مقدرش اجي
ماقدرش
ما راح اقدر
ما رح اقدر
ما رح قدر
مش هينفع
مش حينفع
ما بيزبط
ما بزبط
ما يزبط
ما يمديني
ما يمدي
الغاء
إلغاء
الإلغاء
الالغاء
الغا
ألغي
الغي
إلغي
الغوا
ألغوا
الغو
الغيه
الغيها
الغيلي
الغولي
إلغاء الموعد
الغاء الموعد
الغاء الميعاد
إلغاء الحجز
الغاء الحجز
الغي الموعد
ألغي الموعد
ألغ الموعد
بدي الغي
بدي ألغي
ابغى الغي
أبغى ألغي
ابي الغي
عايز الغي
عاوز الغي
عايزة الغي
حابب الغي
اريد الغاء
أريد إلغاء
كنسل*
كانسل
أعتذر عن الحضور
اعتذر عن الحضور
بعتذر عن الحضور
أعتذر عن الموعد
اعتذر عن الموعد
بعتذر عن الموعد
معتذر عن الموعد
مش محتاج الموعد
مش محتاجة الموعد
ما احتاج الموعد
لا احتاج الموعد
ما عاد احتاج الموعد
لم أعد بحاجة
لم اعد بحاجة
لا داعي للموعد
❌
✖️
👎
# Arabizi
la
la2
laa
la2a
la2 shukran
la shukran
la shokran
mish gay
mesh gay
msh gay
mish gaya
mesh gaya
mish jay
msh jay
mesh jay
mo jay
mu jay
mob jay
mish hagi
mesh hagi
msh hagi
mish 7agi
mesh ha2dar
mish ha2dar
msh ha2dar
mesh 7a2dar
mish 7a2dar
msh 7a2dar
mesh ha2dar agi
mish 2ader
mesh 2ader
msh 2ader
mish 2adra
mesh 2adra
mish 2adir
mish 2ader eji
ma ba2dar
ma b2dar
mab2dar
ma ba2der eji
ma b2dar eji
ma 2dar
m2darsh
ma2darsh
ma a2dar
ma agdar
ma agder
ma a9dar
ma akdar
ma ra7 eji
ma ra7 aji
mish ra7 eji
msh ra7 aji
ma rah aji
ma rah eji
mish haynfa3
mesh haynfa3
msh hynf3
mesh hayenfa3
ma bizbat
ma byezbat
mabyezbat
ma yimdini
ma ymdeeni
elgha2
ilgha2
elghaa
ilgha
elgha
alghi
elghi
ilghi
2lghi
ilghee
elghi el maw3ed
ilgha2 el maw3ed
elgha2 el maw3ed
kansel
kansil
kanslo
cancel
# "I don't want the appointment (any more)": the negation is part of the phrase.
ما بدي الموعد
مابدي الموعد
ما بدي الميعاد
ما عاد بدي الموعد
مش عايز الميعاد
مش عاوز الميعاد
مش عايزة الميعاد
مش عاوزة الميعاد
مش عايز الموعد
مش عايز ميعاد
ما ابي الموعد
ما ابغى الموعد
ما ابغي الموعد
ما اريد الموعد
لا اريد الموعد
لا أريد الموعد
ma badi el maw3ed
mabadi el maw3ed
mish 3ayez el mi3ad
mish 3ayez el me3ad
mish 3ayza el mi3ad
mish 3awez el mi3ad
ma abi el maw3ed
ma abgha el maw3ed
# Maghrebi: ماغاديش نجي "I won't come", مانقدرش "I can't", ما نجمش (Tunisian), ما نجيش.
ما غاديش نجي
ماغاديش نجي
ما غانجيش
مانقدرش نجي
ما نقدرش نجي
مانقدرش
ما نقدرش
ما نجيش
مانجيش
ما نجمش نجي
ما نجمش
منجمش
ما راحش نجي
ma ghadich nji
maghadich nji
ma ghanjich
ma n9derch nji
man9derch nji
ma n9derch
man9derch
ma nqderch
manqderch
ma nqdrch
ma njich
manjich
ma nejjemch nji
ma najjamch nji
ma nejjemch
manejjemch
ma ra7ch nji
bghit nlghi
bghit nelghi
bghit nlghi lmaw3id
nlghi lmaw3id
# "No, I don't want (it)" as a whole answer.
لا ما بدي
لا مابدي
لا مش عايز
لا مش عايزة
لا مش عاوز
لا ما ابي
لا ما ابغى
la2 ma badi
la ma badi
la2 mish 3ayez
# Added (ar-vi-tl): "busy" (مشغول), also so that the typo tolerance does not read it as مشلول.
مشغول
مشغولة
مشغوله
مشغولين
انا مشغول
mashghool
mashghoul
mash8oul
# Added (ar-vi-tl): "No, I can't" with the negations together ("لا ما راح اقدر احضر").
لا ما راح اقدر
لا ما رح اقدر
لا ما اقدر
لا ما بقدر
لا مش هقدر
لا مش حقدر
لا ما راح اجي
لا ما رح اجي
لا مش جاي
لا مو جاي
la ma ra7 a2dar
la2 mish ha2dar
la2 ma ba2dar

# I want the appointment at another time (rule 8: "ما بقدر بكرة، ممكن الخميس؟").
[reschedule]
تغيير الموعد
تغيير موعد
تغيير موعدي
تغير الموعد
غير الموعد
غيري الموعد
غيروا الموعد
غيرو الموعد
غيرولي الموعد
أغير الموعد
اغير الموعد
نغير الموعد
نغير الميعاد
تغيير الميعاد
اغير الميعاد
أغير الميعاد
ممكن نغير
ممكن اغير
بدي غير الموعد
بدي اغير الموعد
ابغى اغير
ابي اغير
عايز اغير
عاوز اغير
تعديل الموعد
عدل الموعد
عدلوا الموعد
تأجيل
تاجيل
تأجيل الموعد
تاجيل الموعد
أجل الموعد
اجل الموعد
اجلوا الموعد
أجلوا الموعد
أأجل
اأجل
ااجل
نأجل
ناجل
نأجله
ناجله
نأجلها
ناجلها
تأجيله
تاجيله
تأخير الموعد
نأخر الموعد
ناخر الموعد
تقديم الموعد
نقدم الموعد
اقدم الموعد
أقدم الموعد
نقل الموعد
انقل الموعد
نقل موعدي
حولوا الموعد
تبديل الموعد
بدل الموعد
نبدل الموعد
موعد آخر
موعد اخر
موعد ثاني
موعد تاني
موعد تانى
موعد غير
موعد جديد
ميعاد تاني
ميعاد تانى
ميعاد جديد
ميعاد اخر
يوم آخر
يوم اخر
يوم ثاني
يوم تاني
يوم غير
وقت آخر
وقت اخر
وقت ثاني
وقت تاني
وقت غير
موعد أبكر
موعد ابكر
وقت أبكر
وقت ابكر
موعد متأخر
وقت متأخر
إعادة جدولة
اعادة جدولة
اعاده جدوله
إعادة الجدولة
اعادة الجدولة
حجز جديد
احجز من جديد
احجز موعد ثاني
أحجز موعد ثاني
احجز موعد جديد
الوقت ما بناسبني
الموعد ما بناسبني
الموعد لا يناسبني
الوقت لا يناسبني
الميعاد مش مناسب
الموعد مش مناسب
ما يناسبني
ما بيناسبني
مش مناسبني
# Arabizi
ta2jeel
ta2jil
ta2geel
ta2jeel el maw3ed
2ajjel
2ajel
ajjel
n2ajjel
na2ajjel
n2ajel
n2agel
2agel
n2agelo
n2ajjlo
nghayyer
n8ayer
ghayer el maw3ed
ghayyer el maw3ed
8ayer el maw3ed
3'ayer el maw3ed
aghayyer
a8ayer
taghyeer
taghyir
taghyeer el maw3ed
maw3ed tani
maw3ed tany
maw3ed thani
maw3ed 2a5ar
maw3ed akhar
maw3ed gedid
maw3ed jdeed
mi3ad tani
me3ad tany
ma3ad tany
mi3ad gedid
yom tani
yom tany
youm tani
yom tha2ni
yom akhar
wa2t tani
wa2t tany
wa2t akhar
wa2t 2a5ar
momken n2agel
mumkin n2ajjel
mumkin nghayyer
momken nghayar
badi ghayer
bade ghayyer
abgha aghayer
3ayez aghayar
ne2addem
n2adem el maw3ed
ma bynasebni
# "Can we make it / change it / move it" with the appointment as an attached pronoun (اغيره،
# نقدمه، نأخره) and with ممكن (ممكن نخليه الخميس).
اغيره
أغيره
اغيرها
نغيره
نغيرها
تغيره
تغيروه
تغيروها
غيروه
غيروها
غيرهولي
بدلوه
نبدله
نبدلها
ابدله
انقله
ننقله
نقلوه
اقدمه
أقدمه
نقدمه
نقدمها
تقدموه
قدموه
نأخره
ناخره
نأخرها
ناخرها
تأخروه
تاخروه
أخروه
اخروه
ممكن نخليه
ممكن نخليها
ممكن اخليه
ممكن اخليها
ممكن تخليه
ممكن تخلوه
ممكن تخلوها
ينفع نخليه
ينفع اخليه
momken n5aleeh
momken a5aleeh
mumkin nkhallih
mumkin nkhalli
momken akhaleeh
momken nkhaleeh
aghayyaro
a8ayaro
nghayyaro
n8ayero
n2addemo
n2a5aro
n7awlo
n7awelo
ne7awlo
# Asking for a free slot, or for an appointment ("بدي موعد بعد الساعة 4").
موعد فاضي
مواعيد فاضية
مواعيد فاضيه
ميعاد فاضي
وقت فاضي
موعد متاح
مواعيد متاحة
اقرب موعد
أقرب موعد
اقرب ميعاد
أول موعد متاح
اول موعد فاضي
بدي موعد
بدي ميعاد
ابي موعد
ابغى موعد
ابغي موعد
عايز ميعاد
عاوز ميعاد
عايزة ميعاد
عاوزة ميعاد
اريد موعد
أريد موعدا
بدي احجز
maw3ed fadi
mawa3id fadye
mi3ad fadi
wa2t fadi
a2rab maw3ed
a2rab mi3ad
badi maw3ed
bade maw3ed
3ayez mi3ad
3ayza mi3ad
abi maw3ed
abgha maw3ed
# Maghrebi: نبدل "change", نهار آخر "another day", لموعد "the appointment".
بغيت نبدل
نبدلو الموعد
نهار آخر
نهار اخر
نهار خور
نهار اخور
شي نهار اخر
bghit nbdl
bghit nbeddel
nbdel lmaw3id
nbeddel lmaw3id
nbdl lmaw3id
nbedlo lmaw3id
nbeddlo
nbdlo
n7awel lmaw3id
nhar akhor
nhar akhar
nhar 5or
chi nhar akhor

# I am coming but will be late.
[late]
متأخر
متاخر
متأخرة
متاخرة
متأخره
متاخره
راح اتأخر
رح اتأخر
راح أتأخر
رح اتاخر
راح اتاخر
حتأخر
هتأخر
هتاخر
حتاخر
حاتأخر
هاتأخر
بتأخر
بتاخر
عم اتأخر
سأتأخر
ساتأخر
ساتاخر
سوف أتأخر
سوف اتاخر
أتأخر
اتأخر
اتاخر
تأخرت
تاخرت
سأصل متأخرا
ساصل متاخرا
سأصل بعد
ساصل بعد
في الطريق
فالطريق
بالطريق
ع الطريق
على الطريق
عالطريق
في السكة
فالسكة
في السكه
جاي بالطريق
جاي في الطريق
جاي في السكة
زحمة
زحمه
الزحمة
الزحمه
زحمة سير
زحمة مرور
عالق في الزحمة
عالق بالزحمة
علقت بالزحمة
علقانة بالزحمة
واقف بالزحمة
واكون عندكم
وأكون عندكم
واكون عندك
واوصل
وأوصل
حوصل
هوصل
راح اوصل
رح اوصل
بوصل بعد
اوصل بعد
أوصل بعد
قربت اوصل
قربت أوصل
قربت
دقايق وبكون عندكم
بدور على موقف
بدور على باركينج
ادور موقف
دقايق واكون
# Arabizi
mit2akher
mt2a5er
mt2akher
mit2akhar
mot2akher
mt2a5ar
mit2a5ra
mt2akhra
ra7 et2akhar
ra7 at2a5ar
rah at2akhar
ra7 at2akhar
hat2akhar
hat2a5ar
7at2a5ar
7at2akhar
bt2akhar
bat2akhar
bat2a5ar
3am et2akhar
t2akhart
t2a5art
fel sekka
fi el seka
fl sekka
fel tari2
fi el tari2
fi tari2
bel tari2
bl tari2
3al tari2
3a tari2
3ala el tari2
za7me
za7meh
za7ma
zahma
zahme
zahmeh
3al2an bel za7me
ra7 awsal
rah awsal
hawsal
7awsal
bawsal
2arrabt
arrabt
garrabt
gayy fel sekka
jay bl tari2
jaye bel tari2
d2aye2 w bawsal
# Stuck in traffic (Arabizi "wa2ef" is a bare [opt_out] entry).
wa2ef bel za7me
wa2ef bl za7me
wa2ef fel za7ma
wa2ef bel za7ma
# "Wait for me" (استنوني، انطروني، انتظروني): coming, a little late.
استنوني
استنيني
استنوا شوي
استنو شوي
انطروني
نطروني
انطريني
انتظروني
انتظرني
تستنوني
ترجاوني
تسناوني
tsnawni
estanouni
estannouni
istanooni
stanouni
ntorouni
entorouni
intazirooni
# "I just left the house": on the way.
طالع من البيت
طالعة من البيت
طالعه من البيت
لسا طالع
لسا طالعة
لسه طالع
لسه طالعة
طلعت من البيت
هلق طلعت
خارج من البيت
lessa tal3a
lissa tal3a
lesa tale3
lissa tale3
tal3a mn el bet
tale3 mn el bet
tal3a men el beit
# Maghrebi: غادي نتعطل "I'll be late", معطل "late", الزحام "traffic", فالطريق.
غادي نتعطل
غانتعطل
غنتعطل
نتعطل شوية
راني معطل
راني معطلة
تعطلت
كاين الزحام
الزحام
ghadi nt3ttel
ghadi nt3tel
ghan t3ettel
gha nt3ttel
nt3ttel
m3ettel
rani m3attal
rani m3atla
t3ttelt
t3attalt
kayn zham
zham
f triq
f tri9
fe tri9
f trig
rani f triq

# A non-emergency health report or concern, a side effect, low mood or anxiety.
[symptom]
تعبان
تعبانة
تعبانه
تعبت
انا تعبان
أنا تعبان
انا تعبانة
مريض
مريضة
مريضه
مرضت
مش مرتاح
مو مرتاح
مش منيح
مش منيحة
مو بخير
لست بخير
مش بخير
انا مش كويس
أنا مش كويس
انا مش كويسة
حاسس بتعب
حاسة بتعب
صحتي تعبانة
صحتي مو زينة
عندي حرارة
عندي حراره
حرارة
حراره
حرارتي
سخونة
سخونه
سخونية
سخونيه
سخن
سخنان
حمى
كحة
كحه
سعال
سعلة
عندي كحة
زكام
مزكوم
رشح
مرشح
نزلة برد
نزلة معوية
دور برد
عندي برد
مبرد
مبردة
انفلونزا
إنفلونزا
كورونا
صداع
راسي يوجعني
راسي بيوجعني
راسي يعورني
راسي عم يوجعني
دماغي وجعاني
وجع راس
وجع رأس
ألم … الرأس
الم … الراس
دوخة
دوخه
دايخ
دايخة
دايخه
دوار
دوران
غثيان
غثيان وترجيع
لايعة نفسي
نفسي غامة
ترجيع
استفراغ
بستفرغ
برجع
تقيؤ
تقيء
قيء
اسهال
إسهال
إمساك
امساك
مغص
معدتي
وجع بطن
وجع معدة
ألم … البطن
الم … البطن
ألم … بطني
الم … بطني
وجع … بطني
وجع … البطن
بطني يوجعني
بطني بيوجعني
بطني توجعني
بطني تعورني
وجع ظهر
ألم … الظهر
الم … الظهر
ظهري يوجعني
ظهري بيوجعني
ظهري يعورني
وجع … رجلي
وجع … ركبتي
وجع سنان
ضرسي يوجعني
حكة
حكه
هرش
عندي هرش
طفح
طفح جلدي
حبوب بجلدي
احمرار
حساسية
حساسيه
عندي حساسية
ورم
تورم
وارم
منتفخ
انتفاخ
التهاب
ملتهب
ألم
الم
الألم
الالم
آلامي
ألمي
الوجع
الصداع
الحرارة
الحراره
الكحة
الكحه
السعال
الدوخة
الدوخه
الإسهال
الاسهال
الغثيان
الحكة
الحكه
الترجيع
الاستفراغ
آلام
الام
وجع
اوجاع
أوجاع
يوجعني
بيوجعني
بتوجعني
توجعني
عم يوجعني
يؤلمني
يألمني
يعورني
بيعورني
عورني
أعراض
اعراض
آثار جانبية
اثار جانبية
أعراض جانبية
اعراض جانبية
عوارض جانبية
الدواء تعبني
الدوا تعبني
الدوا تعبني كتير
الحبوب تعبتني
الدواء ما نفع
الدوا مش جايب نتيجة
ما تحسنت
ما في تحسن
حالتي ساءت
صار أسوأ
تعبي زاد
ضغطي
الضغط عالي
ضغطي عالي
ضغطي مرتفع
ضغطي واطي
ضغطي نازل
الضغط نازل
السكر عالي
السكر مرتفع
السكر نازل
السكر واطي
هبوط
هبوط سكر
هبوط في السكر
خفقان
قلبي يدق بسرعة
تنميل
خدر
تسمم
تسمم غذائي
دم في البول
دم في البراز
اكتئاب
إكتئاب
مكتئب
مكتئبة
حزين
حزينة
مضايق
متضايق
متضايقة
مخنوق
مخنوقة
نفسيتي تعبانة
نفسيتي تعبانه
نفسيتي زفت
نفسيتي سيئة
قلقان
قلقانة
قلقانه
قلق
توتر
متوتر
متوترة
هلع
نوبة هلع
نوبات هلع
أرق
ارق
قلة نوم
ما بنام
ما انام
ما اقدر انام
ما بقدر نام
مش قادر انام
مش عارف انام
ما عم نام
# Arabizi
ta3ban
t3ban
ta3bana
t3bane
ta3baneh
ana ta3ban
ana t3ban
ana ta3bana
mareed
marid
mareeda
mish mni7
msh mni7
mish mnee7
mesh kwayes
msh kwayes
mish kwayyes
mish mertaa7
msh mrta7
3andi 7arara
3ndi 7arara
3andi 7rara
7arara
7rara
skhoneya
so5oneya
sukhuneh
s5oneya
7umma
7oma
ka77a
k7a
ko77a
sa3al
zukam
zokam
rash7
dor bard
3andi bard
sda3
suda3
soda3
rasi byewja3ni
rasi bywja3ni
rasi byewga3ni
dma8i waga3ni
wja3 ras
waja3 ras
wag3 ras
dokha
doo5a
dawkha
dayekh
dayi5
daye5
ghathayan
8athayan
trajee3
stafragh
estafragh
bastafre8
is-hal
eshal
es7al
ma8as
maghas
batni byewja3ni
ba6ni byewga3ni
baTni bywja3ni
dahri byewja3ni
dahri y3awerni
7akka
7ake
7asasiya
7asaseya
waram
wareem
elti7ab
alam
2alam
wja3
waja3
waga3
byewja3ni
bywja3ni
byewga3ni
yuja3ni
y3awerni
ya3werni
a3rad janibiya
2a3rad
da8ti 3ali
daghti 3ali
el sokkar 3ali
mdaye2
mitdaye2
m5noo2
mkta2eb
mokta2eb
ekte2ab
2al2an
qal2an
ma bnam
ma 3am nam
msh 2ader anam
# A complaint that stopped (توقف الألم "the pain stopped"): a health report, not "stop
# messaging me" (توقف is a bare [opt_out] entry). Bleeding that stopped stays with [urgent].
توقف الالم
توقف الألم
الالم توقف
الألم توقف
توقف الوجع
الوجع توقف
توقف الاسهال
توقف الإسهال
الاسهال توقف
الإسهال توقف
توقف القيء
توقف الترجيع
توقف الاستفراغ
الاستفراغ توقف
توقف الصداع
الصداع توقف
توقف السعال
توقف الكحة
توقف الحكة
توقف المغص
توقف الدم
الدم توقف
# Arabizi "wa2ef" (a bare [opt_out] entry) also means "stopped" or "standing".
el dam wa2ef
eldam wa2ef
el alam wa2ef
el waja3 wa2ef
# Egyptian "sick" (عيان), Levantine fever (سخنة), dizziness (راسي بيلف، الدنيا بتلف), headache (مصدع).
عيان
عيانة
عيانه
عيانين
سخنة
سخنه
مصدع
مصدعة
مصدعه
مصدوع
راسي بيلف
راسي بيلف بيا
راسي يلف
راسي عم يلف
راسي عم بيلف
راسي بيدور
راسي عم يدور
الدنيا بتلف
الدنيا بتلف بيا
الدنيا عم تلف
3ayan
3ayana
3ayyan
3ayyana
skhneh
sa5neh
s5ne
sokhne
msada3
mosada3
msad3a
rasi beylef
rasi byelef
rasi 3am ydoor
rasi 3am yedour
rasi bidoor
rasi byedour
el donya btlef
eldonya betlef
hersh
3andi hersh
7ar2a
# Feeling worse or not better.
صار اسوأ
صارت اسوأ
صرت اسوأ
صرت أسوأ
حالتي اسوأ
حالتي أسوأ
اسوأ من قبل
أسوأ من قبل
اسوء من قبل
حالتي بتسوء
حالتي عم تسوء
حالتي تسوء
حالتي تدهورت
تدهورت حالتي
بقيت اوحش
بقيت أوحش
بقى اوحش
بقت اوحش
الوجع زاد
زاد الوجع
الألم زاد
الالم زاد
زاد الالم
زاد الألم
التعب زاد
صرت اردى
حالتي اردى
ما في فايدة من الدوا
الدوا ما فاد
الدوا ما نفع
sar aswa2
sert aswa2
ba2et aw7ash
ba2eit aw7ash
el waja3 zad
el alam zad
# Swelling, red eyes, itching, burning (on urination, heartburn).
وارمة
وارمه
وارمين
منفوخ
منفوخة
ورمت
انتفخت
عيني حمرا
عيني حمراء
عيوني حمر
عيوني حمرا
عيني محمرة
عيني ملتهبة
بتحكني
بيحكني
يحكني
تحكني
حاكني
بيهرشني
بتهرشني
حرقة
حرقه
حرقان
بيحرقني
بتحرقني
يحرقني
حرقة بول
حرقان في البول
حرقة معدة
حموضة
warma
waramet
3eni 7amra
3youni 7amra
# Maghrebi symptoms: السخانة "fever", الكحبة "cough", كيضرني/كيوجعني "it hurts me", مريض.
السخانة
سخانة
فيا السخانة
عندي السخانة
الكحبة
كحبة
كنكحب
كيضرني
تيضرني
يضرني
كيضرني راسي
راسي كيضرني
كرشي كتضرني
كتضرني
كيوجعني
كتوجعني
كنحس بالعيا
عيان بزاف
مريض بزاف
كنحس بالدوخة
فيا الدوخة
s5ana
skhana
sskhana
fiya s5ana
fia skhana
3ndi skhana
ka7ba
l9a7ba
kan97eb
kaydorni
kaydrni
kaydorni rasi
rasi kaydorni
kerchi katdorni
katdorni
kaywje3ni
katwje3ni
mrid
mrida
mred
mreda
rani mrid
rani mrida
3yan bzaf
fiya dokha
kan7ess b dokha
# Feminine and Gulf forms of "not comfortable / not well".
مش مرتاحة
مش مرتاحه
مو مرتاحة
مب مرتاح
مب زين
مو زين
مو زينة
# Added (ar-vi-tl): still coughing (اكح، بكح، يكح), Arabizi too.
اكح
أكح
بكح
عم بكح
يكح
بيكح
عم يكح
بتكح
تكح
ba7ol
bak7
3am bek7
# Added (ar-vi-tl): a muscle cramp is not a seizure (longer than the [urgent] تشنج).
تشنج عضلي
تشنجات عضلية
تشنج في العضل
تشنج بالعضل
شد عضلي
# "X stopped" with وقف (a bare [opt_out] entry): a health report.
الدم وقف
وقف الدم
النزيف وقف
وقف النزيف
الالم وقف
الألم وقف
الوجع وقف
وقف الوجع
الاسهال وقف
الإسهال وقف
الترجيع وقف
الاستفراغ وقف
الكحة وقفت
الحرارة وقفت
# Stomach upset from a medicine.
ضيق بالمعدة
ضيق في المعدة
حرقة بالمعدة
وجع معدتي
# Added (red-flag pass): a red flag that has gone ("ما عاد في ألم بالصدر").
ما عاد في ألم بالصدر
ما عاد في ألم في الصدر
ما عاد في وجع بصدري
ما عاد عندي ألم بالصدر
ما عاد عندي ضيق تنفس
ما عاد في ضيق تنفس
راح ضيق التنفس
خف ضيق التنفس
راح ألم الصدر
النزيف وقف
الدم وقف

# A possible emergency: chest pain, breathing, suicide/self-harm, stroke signs, heavy bleeding,
# fainting, seizure, fever in a baby under three months or during chemo, head injury on blood
# thinners, severe allergy, and the words for "emergency" and "ambulance".
[urgent]
# chest pain or pressure
ألم في الصدر
الم في الصدر
ألم … الصدر
الم … الصدر
ألم … صدري
الم … صدري
ألم … بالصدر
الم … بالصدر
ألم … بصدري
الم … بصدري
ألم الصدر
الم الصدر
وجع … صدري
وجع … الصدر
وجع … بصدري
وجع … بالصدر
وجع صدر
وجع بصدري
صدري يوجعني
صدري بيوجعني
صدري بوجعني
صدري يعورني
صدري بيعورني
صدري عم يوجعني
صدري واجعني
صدري وجعني
صدري … يوجعني
ضغط على صدري
ضغط … صدري
ضغط … الصدر
ضغط … بصدري
ضيق … صدري
ضيق … الصدر
ضيق في الصدر
ضيق بالصدر
ضيقة صدر
ضيقة … صدري
ضيقة … بصدري
ثقل … صدري
ثقل … الصدر
ثقل … بصدري
حرقة … صدري
حرقان … صدري
نغزة … صدري
نغزات … صدري
نغزة … قلبي
ألم … القلب
الم … القلب
ألم … قلبي
وجع … قلبي
قلبي يوجعني
قلبي بيوجعني
قلبي يعورني
قلبي عم يوجعني
نوبة قلبية
نوبه قلبيه
أزمة قلبية
ازمة قلبية
ازمه قلبيه
ذبحة صدرية
ذبحه صدريه
جلطة
الجلطة
الجلطه
جلطه
جلطة قلبية
جلطة في القلب
# breathing
ما بقدر اتنفس
ما بقدر أتنفس
مابقدر اتنفس
مش قادر اتنفس
مش قادر أتنفس
مش قادرة اتنفس
مش قادره اتنفس
مو قادر اتنفس
مب قادر اتنفس
ما اقدر اتنفس
ما أقدر أتنفس
ماقدر اتنفس
مقدرش اتنفس
ما اكدر اتنفس
ما اگدر اتنفس
مش … اتنفس
مش … أتنفس
ما … اتنفس
ما … أتنفس
مو … اتنفس
مب … اتنفس
مش … يتنفس
ما … يتنفس
مش … تتنفس
ما … تتنفس
مو … يتنفس
مش عارف اتنفس
مش عارفة اتنفس
لا أستطيع التنفس
لا استطيع التنفس
لا يستطيع التنفس
لا تستطيع التنفس
صعب اتنفس
صعب أتنفس
صعوبة … التنفس
صعوبه … التنفس
صعوبة بالتنفس
صعوبة في التنفس
صعوبة التنفس
ضيق تنفس
ضيق … التنفس
ضيق … النفس
ضيق نفس
ضيق بالنفس
ضيق في النفس
نفسي ضيق
نفسي مقطوع
نفسي بيتقطع
نفسي يتقطع
نفسي رايح
انقطاع … النفس
بختنق
أختنق
اختنق
عم اختنق
بتخنق
اختناق
ازمة ربو
أزمة ربو
نوبة ربو
نوبة
نوبه
شفايفه زرق
شفايفه زرقاء
شفايفها زرقا
لونه ازرق
ازرق لونه
# suicide, self-harm, overdose
انتحار
الانتحار
انتحر
أنتحر
بدي انتحر
بدي أنتحر
عايز انتحر
عاوز انتحر
ابغى انتحر
ابي انتحر
أفكر بالانتحار
افكر بالانتحار
افكر في الانتحار
بفكر انتحر
بفكر بالانتحار
اقتل نفسي
أقتل نفسي
بقتل نفسي
هقتل نفسي
اقتل حالي
بدي اقتل حالي
بدي موت
بدي اموت
بدي أموت
عايز اموت
عاوز اموت
عايزة اموت
نفسي اموت
ابغى اموت
ابي اموت
اريد ان اموت
أريد أن أموت
اريد الموت
أريد الموت
أتمنى الموت
اتمنى الموت
اتمنى اموت
ما بدي عيش
مابدي عيش
ما بدي اعيش
مش عايز اعيش
مش عاوز اعيش
ما ابي اعيش
ما ابغى اعيش
ما اريد اعيش
لا أريد العيش
لا اريد العيش
لا أريد أن أعيش
تعبت من الحياة
تعبت من حياتي
زهقت من حياتي
زهقت من الحياة
# phrasings that carry their own negation: listed whole, with gaps where people add words
# ("ما بدي ضل عيش", "مش عايز خلاص اعيش"), so the "ما/مش" inside them never negates them
ما بدي … عيش
ما بدي … اعيش
مابدي … عيش
مابدي … اعيش
ما عاد بدي … عيش
ما بدي … عايش
مش عايز … اعيش
مش عاوز … اعيش
مش عايزة … اعيش
مش عاوزة … اعيش
مش عايز … عايش
ما ابي … اعيش
مابي … اعيش
ما ابغى … اعيش
مابغى … اعيش
ما ودي … اعيش
ما اريد … اعيش
لا أريد … العيش
لا اريد … العيش
ما بغيتش نعيش
أنهي حياتي
انهي حياتي
بنهي حياتي
انهاء حياتي
إنهاء حياتي
اخلص من حياتي
أخلص من حياتي
هموت نفسي
حموت نفسي
اموت نفسي
بموت حالي
اشنق نفسي
اشنق حالي
ارمي نفسي من
ارمي حالي من
اقطع شراييني
قطعت شراييني
اقطع عروقي
قطعت عروقي
أؤذي نفسي
اؤذي نفسي
اذي نفسي
أذيت نفسي
اذيت نفسي
أذية نفسي
اذية نفسي
إيذاء النفس
ايذاء النفس
جرحت نفسي
اجرح نفسي
أجرح نفسي
بجرح حالي
جرحت حالي
اجرح حالي
أجرح حالي
عم اجرح حالي
جرحت روحي
اجرح روحي
اذيت حالي
أذيت حالي
بأذي حالي
بأذي نفسي
باذي نفسي
أذيت روحي
شرحت ايدي
شرحت يدي
اشرح ايدي
جرعة زائدة
جرعة زايدة
جرعه زائده
اخذت كل الحبوب
أخذت كل الحبوب
اخدت كل الحبوب
بلعت كل الحبوب
بلعت حبوب كثير
بلعت حبوب كتير
اخذت حبوب كثير
اخدت حبوب كتير
شربت سم
شرب سم
بلع سم
# stroke signs
سكتة
سكته
سكتة دماغية
سكته دماغيه
جلطة دماغية
جلطه دماغيه
جلطة في الدماغ
جلطة بالمخ
وجهي مايل
وجهه مايل
وجهها مايل
وشه مايل
وشها مايل
فمه مايل
فمه معوج
بقه مايل
بقه معوج
تمه مايل
ثقل … لسانه
ثقل … لساني
ثقل في الكلام
لسانه ثقيل
لساني ثقيل
لسانه تقيل
كلامه مش مفهوم
كلامه متلخبط
كلامه ملخبط
كلامها مش مفهوم
ما يقدر يتكلم
مش قادر يتكلم
مش قادرة تتكلم
ما بيقدر يحكي
ما عم يقدر يحكي
صعوبة في الكلام
تنميل … نص جسمي
تنميل … نصف جسمي
تنميل … نص وجهي
نص جسمي
نصف جسمي
نص جسمه
نص جسمها
نص وجهه
شلل
مشلول
انشل
ما بقدر حرك ايدي
ما اقدر احرك يدي
مش قادر احرك ايدي
مش قادر احرك رجلي
مش قادر يحرك
ما يقدر يحرك
ما بيقدر يحرك
ايدي ما بتتحرك
يده ما تتحرك
ايده مش بتتحرك
رجلي ما بتتحرك
وشه اتعوج
وشها اتعوج
وشي اتعوج
وشه … اتعوج
وشه معوج
وشها معوج
وجهه معوج
وجهها معوج
وجهه … مايل
وشه … مايل
وجهه … معوج
بقه اتعوج
بقها اتعوج
فمه اعوج
ثمه مايل
مش عارف يتكلم
مش عارفة تتكلم
ما قادر يحكي
ما عاد يقدر يحكي
ما يكدر يحجي
ما يگدر يحچي
ما يقدر يحجي
لسانه تقل
لسانها تقل
لسانه ثقل
لسانه … ثقيل
كلامه مش واضح
كلامها مش واضح
كلامه مو واضح
اتشل
اتشلت
انشلت
# heavy bleeding
نزيف
النزيف
نزيف شديد
نزيف قوي
نزف
ينزف
بينزف
عم ينزف
تنزف
بتنزف
عم تنزف
انزف
بنزف
نازل دم كتير
نازل دم كثير
نازل مني دم
دم كثير
دم كتير
الدم ما وقف
الدم ما بيوقف
الدم ما يوقف
الدم مش راضي يوقف
الدم مش بيقف
الدم لا يتوقف
دم ما يوقف
تقيؤ دم
ترجيع دم
استفراغ دم
بستفرغ دم
برجع دم
بكح دم
كحة دم
كحه دم
سعال دم
الدم ما … يوقف
الدم ما … يوگف
الدم ما … يوكف
الدم … ما دا يوگف
الدم … ما وقف
الدم … ما بيوقف
الدم … ما يوقف
الدم … مش بيقف
الدم … مش راضي يوقف
الدم … مش عايز يقف
دم … ما يوقف
ما قدرت اوقف الدم
ما اقدر اوقف الدم
مش قادر اوقف الدم
مش قادرة اوقف الدم
ما قدرنا نوقف الدم
ما عم … يوقف الدم
الدم يشخب
يشخب دم
# fainting, unconscious
اغمي علي
أغمي علي
اغمى علي
أغمى علي
اغمي عليه
أغمي عليه
اغمى عليه
اغمي عليها
أغمي عليها
اغمى عليها
مغمى عليه
مغمى عليها
مغشي عليه
اغماء
إغماء
الإغماء
الاغماء
غاب عن الوعي
غابت عن الوعي
غبت عن الوعي
فقد الوعي
فقدت الوعي
فاقد الوعي
فاقدة الوعي
فقدان الوعي
مش واعي
مش واعية
ما يصحى
مش بيصحى
ما عم يصحى
وقع ومش بيصحى
دخت ووقعت
انغمى عليه
انغمى عليها
انغمى علي
انغمي عليه
انغمي عليها
غمي عليه
غمي عليها
غمى عليه
غمى عليها
اغمى عليا
اغمي عليا
أغمي عليا
طاح من طوله
طاحت من طولها
طحت من طولي
وقع من طوله
وقعت من طولها
وقع من طولو
طاح وما قام
طاحت وما قامت
طاح وما يرد
طاحت وما ترد
فقد وعيه
فقدت وعيها
فقدت وعيي
غايب عن الوعي
غايبة عن الوعي
مش بيفوق
مش بتفوق
ما يفيق
ما عم يفيق
مش راضي يفوق
# seizure
تشنج
التشنج
التشنجات
تشنجات
نوبة تشنج
نوبة صرع
صرع
بيتشنج
يتشنج
عم يتشنج
بتتشنج
اختلاج
اختلاجات
جاته نوبة
جاتها نوبة
جتله نوبة
# fever in a newborn or baby under three months
الرضيع … حرارة
رضيع … حرارة
حرارة … رضيع
حرارة … الرضيع
الرضيعة … حرارة
الرضيع … سخونة
الرضيع … سخونية
المولود … حرارة
مولود … حرارة
المولودة … حرارة
حرارة … المولود
البيبي … حرارة
البيبي … سخن
البيبي … سخونة
البيبي … سخونية
النونو … حرارة
النونو … سخن
عمره شهر … حرارة
عمرها شهر … حرارة
عمره شهرين … حرارة
عمرها شهرين … حرارة
عمره اسبوع … حرارة
عمره اسبوعين … حرارة
حرارة … عمره شهر
حرارة … عمرها شهر
حرارة … عمره شهرين
حرارة … عمرها شهرين
# fever during chemotherapy
كيماوي … حرارة
الكيماوي … حرارة
كيميائي … حرارة
الكيميائي … حرارة
كيماوي … سخونة
كيماوي … سخونية
كيماوي … حمى
الكيماوي … حمى
حرارة … الكيماوي
حرارة … كيماوي
حرارة … الكيميائي
سخونية … الكيماوي
حمى … الكيماوي
# head injury (on blood thinners)
ضربت راسي
ضربت رأسي
انضربت على راسي
وقعت على راسي
وقعت وضربت راسي
وقع على راسه
وقعت على راسها
خبطت راسي
اتخبطت في راسي
خبط راسه
ارتطم رأسي
ارتطم راسي
إصابة في الرأس
اصابة في الراس
اصابة بالراس
جرح في الراس
ارتجاج
ارتجاج في المخ
ارتجاج دماغي
نزيف في المخ
نزيف بالراس
مسيل … راسي
مسيل … راسه
راسي … مسيل
سيولة … راسي
راسي … سيولة
مميع … راسي
وارفارين … راسي
ماريفان … راسي
# severe allergic reaction
حساسية شديدة
حساسيه شديده
حساسية قوية
حساسيه قويه
صدمة تحسسية
صدمة حساسية
تحسس شديد
تورم … حلقي
تورم … الحلق
تورم … لساني
تورم … لسانه
تورم … وجهي
تورم … الوجه
تورم … شفايفي
تورم … الشفايف
تورم … الشفاه
انتفاخ … الحلق
انتفاخ … حلقي
انتفاخ … الوجه
انتفاخ … اللسان
حلقي … يسكر
حلقي … مسكر
حلقي مقفول
حلقي بيقفل
زوري بيقفل
زوري … مقفول
لساني وارم
لسانه وارم
وشي وارم
وجهي وارم
وجهي منتفخ
شفايفي وارمة
شفايفي ورمت
حلقي وارم
زوري وارم
مش قادر ابلع
ما بقدر ابلع
ما اقدر ابلع
صعوبة في البلع
صعوبة بالبلع
ابي بن
إيبي بن
epipen
وجهي نفخ
وجهه نفخ
شفايفي نفخت
شفايفه نفخت
شفايفي … ورمت
شفايفه … ورمت
شفايفها … ورمت
شفايفي … وارمة
شفايفه … وارمة
لساني … وارم
لسانه … وارم
لساني … ورم
لسانه … ورم
وجهه … وارم
وشه … وارم
وشها وارم
وجهها وارم
حلقي … وارم
زوري … ورم
حلقي … بيسكر
حلقي … بيقفل
زوري … بيقفل
حساسية خطيرة
حساسيه خطيره
# emergency words
طوارئ
الطوارئ
طوارىء
طواري
الطواري
حالة طارئة
حاله طارئه
حالة طوارئ
طارئ
طارئة
طارئه
إسعاف
اسعاف
الإسعاف
الاسعاف
سيارة إسعاف
سيارة اسعاف
اسعفوني
أسعفوني
الحقوني
إلحقوني
الحقني
الحقيني
الحقونا
إلحقونا
ضروري اتصلوا
ضروري … اتصلوا
اتصلوا ضروري
اتصلوا … ضروري
ضروري حد يتصل
ضروري حدا يتصل
ضروري تتصلوا
كلموني ضروري
كلموني … ضروري
اتصلوا حالا
اتصلوا … حالا
كلموني حالا
كلموني … حالا
اتصلوا فورا
اتصلوا … فورا
اتصلوا بسرعة
اتصلوا … بسرعة
كلموني بسرعة
النجدة
نجدة
عاجل
عاجل جدا
حالة مستعجلة
911
٩١١
997
998
999
# Arabizi
alam … sadri
alam … el sadr
2alam … sadri
2alam … el sadr
alam fi sadri
wja3 … sadri
waja3 … sadri
waga3 … sadri
wag3 … sadri
wag3 fi sdri
sadri byewga3ni
sadri bywja3ni
sadri byewja3ni
sadri bewja3ni
sadri yewja3ni
sadri y3awerni
sadri ya3awirni
sdri bywj3ni
sadri … byewga3ni
sadri … wje3ni
daght … sadri
da8t … sadri
dagh6 … sadri
di2 … sadri
dee2 … sadri
2albi byewga3ni
2albi byewja3ni
albi byewga3ni
albi byewja3ni
galbi y3awerni
qalbi … yewja3ni
noba 2albiya
nawba 2albiyye
azme 2albiye
jalta
jal6a
gal6a
sakta
sakta dimaghiya
ma b2dar atnaffas
ma ba2dar atnaffas
m2dar atnaffas
m2darsh atnafes
ma2darsh atnafes
mish … atnaffas
mish … atnafas
msh … atnaffas
msh … atnafas
mesh … atnaffes
mesh … atnafes
ma … atnaffas
ma … atnafas
mo … atnafas
mish … etnafas
ma a2dar atnafas
ma agdar atnafas
ma akdar atnafas
sa3b atnaffas
sa3eb atnafas
mesh 3aref atnafes
msh 3aref atnafs
bakhtene2
ba5tene2
5anqa
di2 nafas
dee2 nafas
da2 nafas
nafasi ma2tou3
nafasi m2at3
bade mout
baddi mout
bdi mot
bdy mout
badi mot
3ayez amoot
3ayza amoot
3awez amot
3ayez amot
nefsi amoot
abgha amoot
abi amoot
ntehar
enti7ar
inti7ar
bde anta7er
badi enta7er
3ayez anta7er
a2tol nafsi
a2tel 7ali
2atel nafsi
2atl nafsi
jor3a za2da
nazeef
nazif
nazeef 2awi
bynzif
byenzef
3am yenzef
3am enzef
dam kteer
dam kter
el dam mesh rady y2af
el dam ma wa2af
eldam mbywa2ef
oghmi 3alay
ughmi 3alayh
oghmi 3aleh
oghma 3aleh
eghma2
ighma2
fa2ad el wa3i
fe2ed el wa3y
ghayeb 3an el wa3i
mesh wa3i
msh wa3y
tashannoj
tashanoj
tshanoj
bytshannaj
nawbet sar3
sar3
wesho mayel
wijho mayel
wajho ma2el
lsano t2eel
lesano t2il
mish 2ader yetkalam
msh 2ader y7arrek
mesh 2ader a7arrak edi
shalal
el baby … 7arara
baby … 7arara
el mawloud … 7arara
radee3 … 7arara
kimawi … 7arara
kemawy … so5oneya
kimawi … sukhune
chemo … 7arara
darabt rasi
w2e3t 3ala rasi
7asasiya shadida
7asaseya 2aweya
7al2i waram
zori waram
zori bye2fel
lsani waram
wishi waram
tawari2
tawarea
taware2
el tawari2
is3af
es3af
ise3af
el es3af
el is3af
el7a2ouni
il7a2uni
el7a2ni
3ajel
3ajil
3agel
ma badi … 3eesh
ma badi … 3ish
mabadi … 3eesh
mabadi … 3ish
ma bade … 3ish
ma bade … 3eesh
mabde … 3ish
mish 3ayez … a3eesh
mish 3ayez … a3ish
mish 3awez … a3eesh
mish 3ayza … a3eesh
ma abi … a3eesh
ma abi … a3ish
mabi … a3eesh
mabi … a3ish
ma abgha … a3eesh
ma bghitch n3ich
mabghitch n3ich
jara7t 7ali
jara7t nafsi
bajra7 7ali
ajra7 7ali
jara7t ro7i
2azeit 7ali
el dam ma … y2af
el dam ma … by2af
el dam ma … yo2af
el dam ma … ywa2ef
el dam mish … y2af
el dam mish … bye2af
eldam ma … y2af
wesho et3awag
wisho et3awag
weshu et3awag
bo2o et3awag
mish 3aref yetkalem
mish 3aref yetkallem
mish 3arfa tetkalem
mish 2ader yi7ki
oghmi 3aleha
oghma 3aleha
ughmi 3aleha
ghmi 3aleh
ghemi 3aleh
o8mi 3aleh
oghmi 3alaya
mish bifoo2
mish biyfoo2
shafayfi waramo
wishi nafakh
wijhi nafa5
darouri ettasilo
daroori etsalo
ettasilo darouri
etsalo … darouri
kalmouni darouri
kallmoni darori
el7a2ouna
# The heart or breathing stopped, and bleeding that has not stopped (توقف is a bare
# [opt_out] entry; these keep such replies urgent).
توقف قلبه
توقف قلبها
قلبه توقف
قلبها توقف
توقف القلب
القلب توقف
توقف عن التنفس
توقفت عن التنفس
توقف تنفسه
توقف تنفسها
نفسه توقف
الدم ما توقف
الدم لم يتوقف
الدم ما بيتوقف
الدم ما عم يتوقف
الدم … ما توقف
الدم … لم يتوقف
# Chest pressure and tightness as people describe it (صدري بيضغط، كتمة بصدري، صدري مقبوض).
صدري بيضغط
صدري … بيضغط
صدري عم يضغط
صدري ضاغط
صدري مضغوط
صدري مقبوض
صدري مشدود
صدري مكتوم
صدري مسكر
صدري … تقيل
صدري … ثقيل
كتمة … صدري
كتمة … بصدري
كتمة … الصدر
كتمه … صدري
كتمة نفس
كتمة بالنفس
قبضة … صدري
قبضة … قلبي
قلبي … بيضغط
قلبي مقبوض
sadri … yewja3ni
sadri … ywja3ni
sadri … yewga3ni
sadri … y3awerni
sadri 3am … yewja3ni
sadri biydghat
sadri bydghat
sadri ma2boud
sadri m2boud
katme … sadri
katmeh … sadri
ketme … sadri
# Maghrebi chest, heart and breathing (كيضرني "hurts me", الضيقة "breathlessness", نتنفس).
صدري كيضرني
صدري كيوجعني
قلبي كيضرني
قلبي كيوجعني
ما نقدرش نتنفس
مانقدرش نتنفس
ما قدرتش نتنفس
ماقدرتش نتنفس
ما نجمش نتنفس
مانجمش نتنفس
ما … نتنفس
ضيق فالتنفس
فيا الضيقة
جاتني الضيقة
sdri kaydorni
sdri kaywje3ni
sedri kaydorni
9albi kaydorni
galbi kaydorni
ma n9derch ntneffes
man9derch ntneffes
ma n9derch nt9ness
ma nqderch ntnffes
ma nejjemch nitnaffes
manejjemch nitnaffes
ma … ntneffes
ma … ntnffes
ma … nitnaffes
fiya ddi9a
# "I can't catch my breath" (Egyptian اخد نفسي), with the negation inside the entry.
مش … اخد نفسي
مش … آخد نفسي
مش … اخد نفس
ما … اخد نفسي
ما … آخد نفسي
ما … اخد نفس
مو … اخذ نفسي
ما … اخذ نفسي
ما … آخذ نفسي
ما … اخذ نفس
صعب اخد نفسي
بالعافية باخد نفسي
بالعافية بتنفس
نفسي قصير
نفسي مخطوف
mish … a5od nafasi
mish … akhod nafasi
mish … a5od nafas
mish … akhod nafas
mish … a5od nafsi
ma … a5od nafasi
ma … akhod nafas
ma … a5od nafas
ma … etnaffas
ma … etnafas
ma … etnaffes
mish … etnaffes
nafasi 2asir
nafasi 2aseer
nafasi mo2tou3
# Stroke signs: a limb that does not move, heavy or slurred speech (كلامه ثقيل), the face.
ايد* … ما بتتحرك
ايد* … ما تتحرك
ايد* … مش بتتحرك
ايد* … ما عم تتحرك
ايد* … ما عاد تتحرك
يد* … ما تتحرك
رجل* … ما بتتحرك
رجل* … مش بتتحرك
رجل* … ما تتحرك
دراع* … ما بيتحرك
دراع* … مش بيتحرك
ما عم يقدر يحرك
ما عم تقدر تحرك
مش قادرة تحرك
ما تقدر تحرك
كلامه ثقيل
كلامها ثقيل
كلامه تقيل
كلامها تقيل
كلامه … ثقيل
كلامها … ثقيل
كلامه … تقيل
كلامها … تقيل
كلامه مخربط
كلامها مخربط
كلامه ملخبط
كلامها ملخبط
وجهو مايل
وجهو … مايل
وشو مايل
تمو مايل
فمو مايل
ثمو مايل
وجهو معوج
تعوج فمه
تعوج وجهه
الفم تعوج
weshu mayel
wisho mayel
wishu mayel
wijho mayel
wejho mayel
wej7o mayel
tummo mayel
temmo mayel
fammo mayel
mish 2ader yetkalem
mish 2ader yetkallem
mish 2adra tetkalem
mish 2adra tetkallem
ma 3am y2dar yi7ki
ma 3am ti2dar ti7ki
ma by2dar yi7ki
kalamo t2eel
kalamo ta2eel
kalamha t2eel
edo ma btet7arak
ideh ma btet7arak
eedo ma 3am tet7arak
# Suicide and self-harm, Levantine and Egyptian phrasings (اموت حالي، خلص من حياتي), and Maghrebi
# (بغيت نموت، نقتل راسي/روحي).
اموت حالي
اموت روحي
موت حالي
اقتل روحي
أقتل روحي
بقتل روحي
خلص من حياتي
خلص على حياتي
اتخلص من حياتي
أتخلص من حياتي
اتخلص من نفسي
خلص من حالي
حاسس … رح موت
حاسة … رح موت
حاسس … راح اموت
حاسة … راح اموت
حاسس … هموت
حاسة … هموت
حاسس … حموت
حاسة … حموت
حاسس … بموت
حاسة … بموت
احس … اموت
أحس … أموت
احس … بموت
حاسس … رايح اموت
بغيت نموت
بغيت نمووت
نقتل راسي
نقتل روحي
نموت روحي
نموت راسي
نتحر
ننتحر
ente7er
enta7er
ente7ar
inte7ir
inta7ir
ante7er
anta7ir
amout 7ali
mawwet 7ali
a2tol 7ali
a2tel ro7i
akhlos men 7ayati
a5las mn 7ayati
5alles 7ayati
7ases eni ha2moot
7ases eni hamout
7asis ra7 mout
bghit nmout
bghit nmot
n9tel rasi
nqtel rasi
n9tel rou7i
nqtel rou7i
n9tel rouhi
# Overdose: swallowed a whole box or all the pills, or about to.
بلعت علبة
بلعت العلبة
بلعت كل الحبوب
بلعت كل الدوا
هاخد كل الحبوب
حاخد كل الحبوب
رح اخد كل الحبوب
راح اخذ كل الحبوب
بدي اخد كل الحبوب
بدي بلع كل
هاخد العلبة كلها
bla3t 3elbe
bala3t 3elbet
bla3t kol el 7oboob
akhadt kol el 7oboob
a5adt kol el 7obob
# Fetal movement decreased or absent (الجنين، البيبي ما عم يتحرك، قلة حركة الجنين).
الجنين … ما يتحرك
الجنين … ما بيتحرك
الجنين … ما عم يتحرك
الجنين … مش بيتحرك
الجنين … مش عم يتحرك
الجنين … لا يتحرك
الجنين … ما عاد يتحرك
البيبي … ما عم يتحرك
البيبي … ما بيتحرك
البيبي … مش بيتحرك
البيبي … ما يتحرك
البيبي … ما عاد يتحرك
البيبي … ما يتحرك ببطني
قلة حركة الجنين
قلة حركة البيبي
حركة الجنين قلت
حركة الجنين قليلة
حركة الجنين خفيفة
حركة البيبي قلت
حركته قلت
ما حسيت بحركة
ما عم حس بحركة
ما عم بحس بحركة
مش حاسة بحركة
مش حاسه بحركة
ما احس بحركة
ما أحس بحركة
انعدام حركة الجنين
el baby … mish bi yet7arak
el baby … ma 3am yet7arak
el baby … ma byet7arak
el baby … mabyet7arak
el bebe … ma 3am yet7arak
el janin … ma 3am yet7arak
el ganin … mish bi yet7arak
mish 7asa b 7araka
ma 3am 7es b 7araka
# Pregnancy bleeding in Arabizi; Arabic replies are caught by نازل مني دم and the combinations.
nazel menni dam
nazel mni dam
nazel meni dam
nazil mni dam
nazel dam
bynzel dam
# Meningitis signs: the word itself (combinations below catch fever with a stiff neck).
السحايا
التهاب السحايا
التهاب سحايا
# Chest pain or pressure told about someone else (صدره، صدرها).
صدره … بيضغط
صدرها … بيضغط
صدره … يضغط
صدره … بيوجعه
صدرها … بيوجعها
صدره يوجعه
صدرها يوجعها
صدره يعوره
صدرها يعورها
ألم … صدره
الم … صدره
ألم … صدرها
الم … صدرها
وجع … صدره
وجع … صدرها
ضغط … صدره
ضغط … صدرها
ضيق … صدره
ضيق … صدرها
كتمة … صدره
كتمة … صدرها
sadro … byewja3o
sadro … bywja3o
sadra … byewja3ha
# Added (ar-vi-tl): waters broke in pregnancy (نزلت المية، ماء الرأس، كيس الماء انفجر).
ماء الراس
ماء الرأس
مية الراس
ميه الراس
مياه الراس
موية الراس
ماي الراس
نزول ماء الرأس
نزول مية الراس
نزلت مني المية
نزلت مني مية
نزلت مني مياه
نزل مني ماء
نزل مني ماي
نزلت مني موية
انفجر كيس الماء
انفجر كيس المية
كيس الماء … انفجر
كيس المية … انفجر
كيس المية … فقع
فقع كيس المية
انفجر الكيس
mayet el ras
mayyet el ras
mayet al ras
may el ras
ma2 el ras
nazlet menni el mayye
nezlet meni el mayye
nazlet meni may
# Worst or sudden severe headache (thunderclap).
اسوأ صداع
أسوأ صداع
اسوء صداع
أقوى صداع
اقوى صداع
صداع مفاجئ
صداع فجائي
اسوأ وجع راس
# Head injury, told about someone else (ضرب راسه، خبطت راسها).
ضرب راسه
ضرب رأسه
ضربت راسها
ضربت رأسها
انضرب على راسه
انضربت على راسها
خبطت راسها
اتخبط في راسه
اتخبطت في راسها
وقع على رأسه
راسه بينزف
راسه ينزف
راسها بينزف
راسها ينزف
نزيف من الراس
darab raso
darab raaso
darbet rasha
wi2e3 3ala raso
w2e3 3ala raso
# Sudden confusion: does not know us, raving, hallucinating.
مش عارفة احنا مين
مش عارف احنا مين
مو عارف احنا مين
ما يعرفنا
ما عاد يعرفنا
ما عادت تعرفنا
مش عارفنا
مش عارفانا
مش بيعرفنا
مش بتعرفنا
صار يهذي
صارت تهذي
بيهذي
بتهذي
يهذي
هذيان
بيهلوس
بتهلوس
يهلوس
هلوسة
فجأة … ملخبط*
فجأة … مش مركز*
تايه ومش عارف
msh 3arfana
mish 3arefna
ma ya3rifna
ma 3ad ya3refna
# Severe, unbearable pain.
ألم شديد
الم شديد
ألم شديد جدا
الم شديد جدا
وجع شديد
وجع شديد جدا
ألم لا يطاق
الم لا يطاق
وجع لا يطاق
ألم لا يحتمل
الم لا يحتمل
وجع لا يحتمل
وجع ما ينطاق
وجع ما ينحمل
الوجع ما ينطاق
ما اقدر اتحمل الوجع
ما اقدر اتحمل الألم
ما بقدر اتحمل الوجع
مش قادر استحمل الوجع
مش قادرة استحمل الوجع
ما … اتحمل الوجع
ما … اتحمل الالم
مش … استحمل الوجع
وجع فظيع
ألم فظيع
الم فظيع
waja3 fazee3
wja3 ma byen7amal
msh 2ader ast7mel el waja3
mish 2ader asta7mel el waga3
# Overdose and poisoning: swallowed many pills, a child swallowed medicine, drank bleach.
بلع حبوب
بلعت … حبوب كثير
بلعت … حبوب كتير
بلع … حبوب كثير
بلع … حبوب كتير
اخد … حبوب كتير
اخذ … حبوب كثير
اخذت … حبوب كثير
اخدت … حبوب كتير
شرب كلور
شربت كلور
شرب كلوركس
شربت كلوركس
شرب فلاش
شربت فلاش
شرب مبيد
شربت مبيد
شرب ديتول
شربت ديتول
شرب جاز
شرب بنزين
akhadt 7oboob kteer
akhadt 7obob kteer
a5adt 7oboob kteer
a5adt 7obob kter
akhadt 7boob ktir
bala3t 7oboob kteer
bala3 7oboob
shereb clor
shrbet clorox
# "Can't breathe" for she/he and without the final vowel (tetnafas, yetnaffas).
ma2darsh atnafas
m2darsh atnafas
ma2dartsh atnafas
ma … yetnaffas
ma … yetnafas
ma … yetnafes
ma … yitnaffas
ma … tetnaffas
ma … tetnafas
ma … tetnafes
ma … titnaffas
mish … yetnaffas
mish … yetnafas
mish … yetnafes
mish … tetnaffas
mish … tetnafas
mish … tetnafes
mo … yetnafas
mo … tetnafas
# Seizure, Arabizi.
yetshannaj
yitshannaj
yetshanaj
btetshannaj
tetshannaj
tetshanaj
bitshannaj
tashannojat
tshanojat
jato nawba
jatha nawba
gatlo nawba
# One side suddenly without feeling (stroke).
ما احس برجلي
ما احس بيدي
ما احس بايدي
ما أحس بيدي
مش حاسس بايدي
مش حاسس برجلي
مش حاسة بايدي
مش حاسة برجلي
ما عم حس بايدي
ما عم حس برجلي
ما حاسس بايدي
تنميل مفاجئ
خدر مفاجئ
فجأة … ما احس
فجأة … مش حاسس
# Swollen lips, tongue or face, any person (شفايفها وارمة بعد الدوا).
شفايف* … وارم*
شفايف* … ورم*
شفايف* … منفوخ*
شفايف* … متورم*
شفاه* … متورم*
شفت* … وارم*
لسان* … متورم*
لسانها … وارم
وجهها … وارم
shfayefha waram
shafayefha waarme
# Arabizi "a lot of blood" with a doubled m.
damm kteer
damm ktir
dam ktir
dam ketir
# "She/he can't catch a breath" (ما عم تقدر تاخد نفس).
ما … تاخد نفس
ما … ياخد نفس
مش … تاخد نفس
مش … ياخد نفس
ما … تاخذ نفس
ما … ياخذ نفس
مو … ياخذ نفس
mish … takhod nafas
mish … ta5od nafas
ma … ta5od nafas
ma … ya5od nafas
# Unclear speech with the negation inside ("كلام ابوي مش واضح"), so that مش does not negate
# the next red flag in the same reply.
كلام … مش واضح
كلام … مو واضح
كلام … مش مفهوم
كلام … مو مفهوم
كلام … ما ينفهم
كلام … مش مظبوط
kalam … mish wade7
kalamo mish wade7
# Fetal movement not felt, Arabizi.
ma 3am 7es … yet7arak
ma 3am 7ess … 7araka
ma 3am b7es … 7araka
ma 7aseit … 7araka
mish 7asse … yet7arak
mish 7assa … yet7arak
# "I feel I'm going to die", Arabizi.
7ases … ra7 amout
7asse … ra7 amout
7ases … ra7 mout
7asis … ra7 amout
7asa … ra7 amout
7ases … hamoot
7assa … hamoot
# "My father/mother is dying".
ابوي يموت
ابوي بيموت
ابوي عم يموت
ابي يموت
امي تموت
امي بتموت
امي عم تموت
# Added (red-flag pass): chest pain in Arabizi with the "byoja3ni" spelling.
sadri byoja3ni
sadri … byoja3ni
sadri … byuja3ni
sadri … boja3ni
sadri … 3am yoja3ni
# Added (red-flag pass): face drooping with the construct "وجه" (وجه أبوي مايل), sudden one-sided weakness.
وجه … مايل
وجه … معوج
وش … مايل
ضعف مفاجئ
ضعف … نص الجسم
نص الجسم
نصف الجسم
نص جسم
تنميل مفاجئ
# Added (red-flag pass): sudden confusion (doesn't know us, talks nonsense).
مش عارف حدا
مش عارفة حدا
ما عارف حدا
ما عارفة حدا
ما عم يعرفنا
ما عم تعرفنا
مش عارفنا
صار يخربط
صارت تخربط
تخربط بالكلام
يخربط بالحكي
تخربط بالحكي
# Added (red-flag pass): sudden loss of vision.
ما عدت أشوف
ما عاد أشوف
ما عاد يشوف
ما عادت تشوف
ما بشوف بعين
ما بشوف بعيني
ما عم شوف بعيني
فقدت البصر
فقدان البصر
فقد البصر
راح نظري
نظري راح
عمى مفاجئ
# Added (red-flag pass): bleeding that won't stop, in Arabizi.
el dam mesh bey2af
el dam ma bey2af
dam … mesh bey2af
dam … ma bey2af
dam … mesh wa2ef
# Added (red-flag pass): won't wake up ("مش راضي يصحى").
مش راضي يصحى
ما راضي يصحى
مش راضية تصحى
ما راضية تصحى
مش عم يصحى
ما بيصحى
ما قدرنا نصحيه
ما قدرنا نصحيها
mesh rady yes7a
# Added (red-flag pass): passive ideation and overdose.
الحياة ما إلها معنى
الحياة ما لها معنى
الحياة مالها معنى
الحياة بلا معنى
الحياة … ما إلها معنى
حياتي ما إلها معنى
حياتي بلا معنى
ما في معنى للحياة
أحسن بدوني
احسن بدوني
أحسن من دوني
أفضل بدوني
أختفي للأبد
اختفي للأبد
أختفي … للأبد
بدي اختفي
بدي أختفي
ودي أختفي
نفسي أختفي
أخدت كل حبوبي
اخدت كل حبوبي
أخذت كل حبوبي
بلعت كل حبوبي
شربت كل حبوبي
أخدت كل الدوا
اخدت كل الدوا
بلعت كل الدوا
شربت كل الدوا
شربت علبة الدوا كلها
بلعت علبة الدوا كلها
el 7ayat ma ela ma3na
# Added (red-flag pass): face or lips swelling ("وجهي انتفخ").
وجهي انتفخ
وجهه انتفخ
وجهها انتفخ
وجهي … انتفخ
انتفخ وجهي
شفايفي انتفخت
لساني انتفخ
# Added (red-flag pass): explicit urgency words and Arabizi.
مستعجل
مستعجلة
ضروري جدا
ضروري جداً
ضروري كتير
3ajel
mesta3jel
tawari2

# Red flags made of two facts that may sit anywhere in the reply, in different clauses: fever during
# chemotherapy or in a baby under three months, a head injury or fall on blood thinners, bleeding
# on blood thinners, swelling with trouble swallowing or breathing.
[urgent-combinations]
# fever during chemotherapy ("عندي حرارة، انا على الكيماوي"): كيما* = كيماوي، كيماوية; كيميا* = كيميائي
حرار* + كيما*
حرار* + الكيما*
حرار* + الكيميا*
الحرار* + الكيما*
سخون* + كيما*
سخون* + الكيما*
حمى + الكيميا*
الحرار* + الكيميا*
{temperature} + كيما*
{temperature} + الكيما*
{temperature} + الكيميا*
7arar* + kima*
skhon* + kima*
{temperature} + kima*
# fever in a newborn or a baby under three months ("ابني عمره شهرين، حرارته 38.3")
حرار* + رضيع*
حرار* + الرضيع*
حرار* + شهرين
حرار* + شهر
حرار* + اسابيع
حرار* + أسابيع
حرار* + المولود*
سخون* + شهرين
{temperature} + شهرين
{temperature} + شهر
{temperature} + اسابيع
{temperature} + رضيع*
7arar* + shahr*
# head injury or a fall on blood thinners (مميع، مميعات الدم، دوا السيولة)
راسي + مميع*
راسه + مميع*
راسها + مميع*
راسي + سيولة
راسه + سيولة
راسي + وارفارين
راسه + وارفارين
وقعت + مميع*
وقع + مميع*
# bleeding on blood thinners
رعاف + مميع*
# swelling with trouble swallowing or breathing
ورم* + ابلع
ورم* + اتنفس
تورم* + التنفس
# fever with a stiff neck (رقبتي متخشبة، ناشفة، متيبسة؛ تيبس الرقبة): meningitis signs
حرار* + رقب* … متخشب*
حرار* + رقب* … ناشف*
حرار* + رقب* … متيبس*
حرار* + رقب* … مشدود*
حرار* + رقب* … متصلب*
حرار* + تيبس* … الرقب*
حرار* + تصلب* … الرقب*
سخون* + رقب* … متخشب*
سخون* + رقب* … ناشف*
سخون* + رقب* … متيبس*
سخون* + رقب* … مشدود*
سخون* + تيبس* … الرقب*
سخن* + رقب* … متخشب*
سخن* + رقب* … ناشف*
سخن* + رقب* … متيبس*
حمى + رقب* … متخشب*
حمى + رقب* … متيبس*
حمى + تيبس* … الرقب*
حمى + تصلب* … الرقب*
{temperature} + رقب* … متخشب*
{temperature} + رقب* … ناشف*
{temperature} + رقب* … متيبس*
{temperature} + تيبس* … الرقب*
7arar* + ra2ab* … m5ashab*
7arar* + ra2ab* … nashf*
skhon* + ra2ab* … nashf*
# pregnancy with bleeding ("انا حامل وبينزل مني دم")
حامل + نازل … دم
حامل + نزل … دم
حامل + بينزل … دم
حامل + بنزل … دم
حامل + ينزل … دم
حامل + شايفة دم
حامل + شفت دم
حامل + نقط دم
حامل + دم … نازل
حامل + نزيف*
حامل + بنزف
7amel + nazel … dam
7amel + nazil … dam
7amel + bynzel … dam
7amla + nazel … dam
7amel + nazeef
# fever in a baby, Maghrebi السخانة
سخان* + رضيع*
سخان* + شهرين
سخان* + شهر
# Added (ar-vi-tl): fell down and does not answer ("وقع وما يرد", "we2e3 w mesh bi yrod").
وقع + ما يرد
وقعت + ما ترد
طاح + ما يرد
طاحت + ما ترد
وقع + مش بيرد
وقعت + مش بترد
we2e3 + mesh bi yrod
we2e3 + mish biyrod
we2e3 + ma byrod
w2e3 + ma 3am yrod
wi2e3 + ma byrod
# Fever in a baby whose age is told in weeks or months ("عمره ٣ اسابيع وسخن كتير").
سخن* + اسابيع
سخن* + أسابيع
سخن* + شهرين
سخن* + رضيع*
سخن* + المولود*
حرار* + عمره … اسبوع*
حرار* + عمرها … اسبوع*
حرار* + عمره … اسابيع
حرار* + عمرها … اسابيع
سخن* + عمره … اسبوع*
سخن* + عمرها … اسبوع*
سخون* + عمره … اسابيع
7arar* + 3omro … shhour
7arar* + 3omra … shhour
7arar* + 3omro … shahr*
7arar* + 3omra … shahr*
7arar* + 3omro … asabee3
skhon* + 3omro … shhour
so5on* + 3omro … shhour
{temperature} + 3omro
{temperature} + 3omra
# A child swallowed something (pills, a battery).
ابني + بلع*
بنتي + بلعت
الولد + بلع
البنت + بلعت
ولدي + بلع*
ibni + bala3
binti + bal3at
# Added (red-flag pass): newborn fever with the possessive "حرارته"; pregnancy in Arabizi "fi dam".
حرار* + مولود*
سخن* + مولود*
7amel + fi dam
7amla + fi dam
7amel + nazef
# Added (red-flag pass): head hit on blood thinners in Arabizi.
raso + blood thinner*
rasi + blood thinner*
raso + warfarin
rasi + warfarin
raso + sayoula
راسي + مميع*

# Stop messaging me. Cancelling the appointment itself ("إلغاء الموعد") is [cancel].
[opt_out]
توقف
stop
ستوب
أوقف الرسائل
اوقف الرسائل
اوقفوا الرسائل
أوقفوا الرسائل
وقف الرسائل
وقفوا الرسائل
وقف رسائل
وقف الرسايل
وقفوا الرسايل
وقف الرساله
إيقاف الرسائل
ايقاف الرسائل
ايقاف الرسايل
إيقاف التنبيهات
ايقاف التنبيهات
وقف التذكير
ايقاف التذكير
وقف الاشعارات
لا ترسلوا
لا ترسلو
لا ترسل
لا ترسلي
لا ترسلوا لي
لا ترسلوا لي رسائل
ما ترسلوا
ما ترسلو
ماترسلو
ما ترسلولي
لا تبعتوا
لا تبعتولي
ما تبعتوا
ما تبعتولي
ما تبعتو
متبعتوش
متبعتليش
متبعتوليش
بلاش رسايل
بلاش رسائل
كفاية رسايل
كفاية رسائل
كفايه رسايل
كفى رسائل
كفاية ازعاج
بطلوا ترسلوا
بطلوا تبعتوا
بطلوا رسايل
لا تراسلوني
لا تراسلني
ما تراسلوني
مش عايز رسايل
مش عاوز رسايل
مش عايزة رسايل
ما بدي رسائل
ما بدي رسايل
مابدي رسايل
ما ابغى رسايل
ما ابي رسايل
ما اريد رسائل
لا أريد رسائل
لا اريد رسائل
لا أرغب في تلقي
لا ارغب في تلقي
لا أرغب في استلام
إلغاء الاشتراك
الغاء الاشتراك
الغاء الإشتراك
إلغاء الإشتراك
الغي الاشتراك
ألغي الاشتراك
ألغي اشتراكي
الغي اشتراكي
الغاء اشتراكي
إلغاء اشتراكي
الغاء التسجيل
الغاء الرسائل
إلغاء الرسائل
الغاء الرسايل
الغاء التنبيهات
إلغاء التنبيهات
الغاء التذكير
احذفوا رقمي
احذف رقمي
امسح رقمي
امسحوا رقمي
شيلوا رقمي
شيل رقمي
شطبوا رقمي
إزالة رقمي
ازالة رقمي
ازالتي من القائمة
أزيلوني
ازيلوني
شيلوني من القائمة
# Arabizi
wa2ef
wa22ef
wa2ef el rasayel
wa2fo el rasayel
wa2fo el rasa2el
wa22fo el rasayel
bala rasayel
balash rasayel
balash rsayel
ma tb3atu
matb3toosh
matba3tolish
ma tb3atouli
la tersel
la tirsil
la tursil
la terslo
la tb3atu
ma bade rasayel
ma badi rsayel
mesh 3ayez rasayel
msh 3ayez rsayel
ma abgha rasayel
ilgha2 el ishtirak
elgha2 el eshterak
elgha el eshterak
shilo ra2mi
shelo ra2mi
ems7o ra2mi
emsa7o ra2mi
e7zifo ra2mi
kfaya rasayel
kefaya rasayel
# Added for coverage, by dialect. Levantine: "stop sending me" (بطلوا تبعتولي), "I don't want
# messages any more" (ما عاد بدي), "enough messages" (بكفي).
بطلوا تبعتولي
بطلو تبعتولي
بطلوا تبعتو
بطلو تبعتو
بطل تبعتلي
بطلوا ترسلولي
بطلوا ترسلو
بطلوا ترسلون
بطلوا تراسلوني
بطلو رسايل
ما عاد بدي رسايل
ما عاد بدي رسائل
ما بقى بدي رسايل
ما بقا بدي رسايل
ما عاد تبعتولي
ما عاد تبعتوا
ما عاد ترسلولي
ما عاد ترسلوا
لا عاد تبعتوا
لا عاد ترسلوا
بكفي رسايل
بكفي رسائل
ما بدي اي رسايل
ما بدي أي رسائل
ما بدي استقبل رسايل
ما بدي تبعتولي
ما بدي ياكم تبعتولي
ما بدي اياكم تبعتولي
# Egyptian: "don't send me" (بلاش تبعتولي، ماتبعتوليش), "I don't want any messages".
بلاش تبعتولي
بلاش تبعتوا
بلاش تبعتو
ماتبعتوليش
ما تبعتوليش
مش عايز اي رسايل
مش عاوز اي رسايل
مش عايزة اي رسايل
مش عاوزة رسايل
مش عايز رسائل
مش عاوز رسائل
# Gulf: لا ترسلون، ما ابي اي رسايل.
لا ترسلون
ما ترسلون
لا ترسلولي
لا عاد ترسلون
ما ابي اي رسايل
ما ابغى اي رسايل
ما ابي رسائل
ما ابغى رسائل
ما ابغي رسايل
الغوا اشتراكي
الغو اشتراكي
الغوا الاشتراك
# Iraqi: دز "send" (لا تدزون، بطلوا تدزولي), وكف for وقف.
بطلوا تدزولي
بطلوا تدزون
بطلو تدزون
لا تدزون
لا تدزولي
لا تدزلي
ما تدزون
لا تبعثون
لا تبعثولي
ما اريد رسايل
ما اريد اي رسائل
وكفوا الرسائل
وكفوا الرسايل
وكف الرسائل
وكف الرسايل
# Maghrebi: حبس "stop", صيفط "send", ميساجات "messages".
حبسو الميساجات
حبسوا الميساجات
حبسو الرسائل
حبسوا الرسائل
حبس الميساجات
ما تبعثوليش
ما تصيفطوليش
ما تصيفطوش
ماتصيفطوليش
ما بغيتش الرسائل
ما بغيتش الميساجات
بلا ميساجات
# Modern Standard: stop sending, do not want to receive, stop the subscription or notifications.
توقفوا عن إرسال
توقفوا عن ارسال
توقف عن إرسال
توقف عن ارسال
التوقف عن إرسال
التوقف عن ارسال
عدم إرسال الرسائل
عدم ارسال الرسائل
عدم إرسال رسائل
عدم ارسال رسائل
عدم ارسال الرسايل
عدم إرسال أي رسائل
عدم ارسال اي رسائل
عدم مراسلتي
لا أريد استقبال
لا اريد استقبال
لا أريد استلام
لا اريد استلام
لا أريد تلقي
لا اريد تلقي
لا ارغب في استلام
لا أرغب باستلام
لا ارغب باستلام
لا أرغب بتلقي
لا ارغب بتلقي
لا أرغب في الرسائل
لا ارغب في الرسائل
لا أريد أي رسائل
لا اريد اي رسائل
ايقاف الاشتراك
إيقاف الاشتراك
ايقاف اشتراكي
إيقاف اشتراكي
وقف الاشتراك
أوقفوا الإشعارات
اوقفوا الاشعارات
ايقاف الاشعارات
إيقاف الإشعارات
وقف الإشعارات
وقفوا التنبيهات
# Take me / my number off the list.
احذفوني
احذفني من القائمة
امسحوني
شيلوني من الليستة
شيلوني من القايمة
شيلوني من عندكم
شيلوا اسمي من القائمة
احذفوا اسمي من القائمة
ازيلوا رقمي
أزيلوا رقمي
امحوا رقمي
امحو رقمي
شيلو رقمي
امسحو رقمي
احذفو رقمي
شطبوني
# Don't contact or bother me again.
لا تتواصلوا معي
لا تتواصلو معي
ما تتواصلوا معي
لا عاد تتواصلوا معي
لا تزعجوني
ما تزعجوني
بطلوا ازعاج
بطلوا تزعجوني
متزعجونيش
# Arabizi. Entries written with "mish" also match msh/mesh/mosh/mush ([shorthand]).
battlo tb3touli
battlo teb3atouli
battlo tba3touli
batlo tb3touli
batlo teb3atouli
battlo tb3tou
battlo teb3atou
battlo tersloli
batlo terslouli
battlo rasayel
battlo tdezouli
battlo tdizzouli
battal teb3atli
ma3ad teb3atouli
ma 3ad teb3atouli
ma 3ad tb3atouli
ma 3ad badi rasayel
ma3ad badi rasayel
ma ba2a badi rasayel
ma ba3d rasayel
ma ba3ed rasayel
la teb3atouli
la tb3atouli
la teb3atoli
la tb3toli
la teb3atou
la tersloli
ma teb3atouli
matba3touli
matb3atlish
la tdezoun
la tdizzoun
la tdezouli
la tdizzouli
mish 3ayez rasayel
mish 3awez rasayel
mish 3ayza rasayel
mish 3ayez rasa2el
mish 3ayez ay rasayel
ma badi rasayel
mabadi rasayel
ma bdi rasayel
ma abi rasayel
ma abi rasa2el
ma abgha rasa2el
ma ureed rasa2el
bikaffi rasayel
bkaffi rasayel
bekaffi rasayel
kafa rasayel
kefaya rasa2el
kfaye rasayel
wa2fou el rasayel
wa2fu el rasayel
wa22fou el rasayel
wa2fo rasayel
shilouni mn el list
shilouni men el list
shilouni mn el 2a2ime
shilou ra2mi
shelou ra2mi
emsa7ou ra2mi
imsa7o ra2mi
im7o ra2mi
e7zfo ra2mi
i7zifo ra2mi
ilghi el ishtirak
elghi el eshterak
elgha2 eshteraki
ilgha2 ishtiraki
la tetwaslo ma3i
stop el rasayel
stop rasayel
# Added (ar-vi-tl): "enough messages" (كافي، يكفي), "I don't need these messages".
كافي رسايل
كافي رسائل
يكفي رسايل
يكفي رسائل
خلاص رسايل
مو محتاج … رسايل
مو محتاج … رسائل
مش محتاج … رسايل
مش محتاج … رسائل
مش محتاجة … رسايل
ما احتاج … رسايل
ما احتاج … رسائل
لا احتاج … رسائل
لا أحتاج … رسائل
ما نحتاج … رسايل
ما ابي هالرسايل
ما بدي هالرسايل
kafi rasayel
yekfi rasayel
mish me7tag rasayel
mo m7taj rasayel
# Added (ar-vi-tl): "I don't want any message" with the words apart ("لا ابي اي رسالة منكم").
لا ابي اي رسالة
لا ابي اي رسايل
لا ابي اي رسائل
ما ابي اي رسالة
ما ابي ولا رسالة
ما ابغى اي رسالة
لا ابغى اي رسايل
ما بدي اي رسالة
ما بدي ولا رسالة
مش عايز اي رسالة
مش عايزة اي رسالة
مش عاوز اي رسالة
مش عايز ولا رسالة
لا اريد اي رسالة
لا أريد أي رسالة
ما اريد اي رسالة
بلا رسايل
بلا رسائل
بلاش رسالة
# A bare "وقف" (stop!); a pain or bleeding that stopped ("الدم وقف") is listed in [symptom].
وقف
وقفوا
وقفو
# Arabizi "don't send me (anything)" with u for ou.
la tb3atuli
la teb3atuli
ma tb3atuli
ma teb3atuli
la tba3touli
ma tba3touli
la tb3atli
# Delete my number; "I don't want to receive messages" with استلم.
حذف رقمي
مسح رقمي
شطب رقمي
حذف رقمي من القائمة
ما اريد استلم رسائل
ما اريد استلم رسايل
ما ابي استلم رسايل
ما ابغى استلم رسايل
ما بدي استلم رسايل
مش عايز استلم رسايل
ma bdi rasa2el
ma badi rasa2el
mabdi rasayel
mabdi rasa2el

# Resume messages.
[opt_in]
ابدأ
ابدا
إبدأ
ابدء
start
unstop
ستارت
اشترك
أشترك
اشتركني
اشتراك
إعادة الاشتراك
اعادة الاشتراك
تفعيل
تفعيل الرسائل
فعل الرسائل
تشغيل الرسائل
رجعوا الرسائل
رجعوا الرسايل
ارجعوا ارسلوا
ارسلوا لي مرة ثانية
ابعتولي تاني
ابعتوا تاني
كملوا ارسلوا
استمروا بالإرسال
استمروا بالارسال
بدي الرسائل
بدي الرسايل
ابغى الرسايل
عايز الرسايل
عاوز الرسايل
اريد استلام الرسائل
أريد استلام الرسائل
# Arabizi
ebda2
ibda
ebda
eshtirak
ishtirak
eshtrak
fa33el
fa3el el rasayel
raje3o el rasayel
rajje3o el rasayel
eb3atouli tany
ib3atouli
# Resume after a stop, and "I sent STOP by mistake": the longer entries contain the stop word
# (ستوب، توقف، stop، ايقاف الرسائل) and win over it at the same place.
رجعوا ابعتولي
رجعو ابعتولي
رجعوا بعتولي
ارجعوا ابعتولي
رجعوا ابعتوا
رجعوا ارسلوا
رجعوا ارسلولي
رجعوا ترسلون
رجعوا دزولي
ارجع استقبل
ارجع أستقبل
بدي ارجع استقبل
بدي استقبل الرسايل
بدي استقبل الرسائل
اريد استقبال الرسائل
أريد استقبال الرسائل
ابي استقبل الرسايل
ابغى استقبل الرسايل
عايز استقبل الرسايل
رجعوا رقمي
اعادة تفعيل
إعادة تفعيل
الغاء ايقاف الرسائل
إلغاء إيقاف الرسائل
الغاء ايقاف الرسايل
الغاء الايقاف
إلغاء الإيقاف
stop بالغلط
ستوب بالغلط
توقف بالغلط
توقف بالخطأ
ستوب بالخطأ
stop بالخطأ
بالغلط stop
بالغلط ستوب
بالغلط توقف
بالخطأ توقف
ستوب غلط
stop غلط
# Arabizi
raj3o eb3atouli
rj3o eb3atouli
raj3ou b3atouli
raj3o ib3atouli
badi erja3 esta2bel
badi rja3 esta2bel
badi esta2bel el rasayel
stop bel ghalat
stop bl8alat
stop ghalat

# How does this service work / who is this.
[help]
مساعدة
مساعده
معلومات
help
مين معي
مين معاي
مين هذا
مين هاد
مين هدا
مين ده
مين دا
مين انتو
مين انتم
مين حضرتك
مين بيكلمني
مين بيبعت
مين بيراسلني
من أنتم
من انتم
من هذا
من معي
من أنت
منو
منو انتم
منو هذا
شنو هذا
ايش هذا
إيش هذا
شو هاد
شو هيدا
شو هاي
ايه ده
إيه ده
ايه الرسالة دي
ما هذا
كيف يشتغل
كيف تشتغل الخدمة
ما فهمت
مافهمت
مش فاهم
مش فاهمة
مو فاهم
ما فهمت الرسالة
# Arabizi
mosa3ada
musa3ade
msa3de
meen ma3i
min ma3i
meen hada
meen inta
min intu
meen ento
meen da
min da
mino hatha
shu hayda
shoo hada
eh da
eih da
ana mish fahem
msh fahem
mesh fahma
ma fhemet
ma fhmt

# Anything else a person should read: wrong number, practical questions, deaths, "don't know".
[other]
رقم غلط
الرقم غلط
رقم خطأ
الرقم خطأ
رقم خاطئ
غلطانين بالرقم
غلطان بالرقم
غلطانين في الرقم
مش انا
مو انا
مش أنا
لا أعرف هذا الشخص
لا اعرف هذا الشخص
ما بعرف هالشخص
معرفوش
وين العيادة
فين العيادة
وين المكان
فين المكان
العنوان
شو العنوان
وين اصف
وين أصف
موقف سيارات
باركنج
كم السعر
كم التكلفة
بكم
التأمين
تأمين
الفاتورة
فاتورة
نتائج التحليل
نتيجة التحليل
النتيجة
النتائج
التحاليل
الوصفة
روشتة
تجديد الوصفة
استفسار
عندي سؤال
سؤال
اتصلوا فيني
كلموني
اتصلي علي
توفي
توفى
توفيت
متوفي
انتقل إلى رحمة الله
انتقل الى رحمه الله
الله يرحمه
الله يرحمها
ما بعرف
مش عارف
ما اعرف
مدري
# Arabizi
ra2am ghalat
ra2m 8alat
ra2am 8ala6
mesh ana
mish ana
wen el 3iyada
fen el 3eyada
kam el se3r
bkam
ta2min
el ta2meen
natiga
nate2a
el ta7alil
allah yer7amo
allah yer7amha
twaffa
ma ba3ref
mish 3aref
madri
# Stopping a medicine, a treatment or a habit (توقف عن الدواء), and Arabizi "wa2ef" for
# "I'm standing (outside)" or "I stopped the medicine": not opt-outs (توقف, wa2ef are bare
# [opt_out] entries).
توقف عن الدواء
توقف عن الدوا
توقف الدواء
توقف الدوا
توقف عن العلاج
توقف العلاج
توقف عن الحبوب
توقف الحبوب
توقف عن الاكل
توقف عن الأكل
توقف عن الرضاعة
توقف عن التدخين
ana wa2ef
ana wa2fe
wa2ef barra
wa2ef 3al bab
wa2ef el dawa
# "Delete my OLD number" is a contact update, not an opt-out (شيلوا رقمي is an [opt_out] entry).
شيلوا رقمي القديم
شيل رقمي القديم
احذفوا رقمي القديم
احذف رقمي القديم
امسحوا رقمي القديم
امسح رقمي القديم
# "Next week", "next Thursday" (الأسبوع الجاي، الخميس الجاي): الجاي here is "next", not the
# confirm entry جاي "coming" (clitic ال). Listed so it does not read as attending.
الأسبوع الجاي
الاسبوع الجاي
الاسبوع الجاية
الشهر الجاي
المرة الجاية
المره الجايه
الجمعة الجاية
الجمعه الجايه
السبت الجاي
الاحد الجاي
الأحد الجاي
الاثنين الجاي
الاتنين الجاي
الثلاثاء الجاي
التلات الجاي
الاربعاء الجاي
الاربع الجاي
الخميس الجاي
# Added (ar-vi-tl): "still" (ما زلت، لا يزال) is not a negation: listed whole so that the
# ما/لا inside them does not negate the symptom that follows ("ما زلت اكح").
ما زلت
مازلت
ما زال
مازال
ما زالت
مازالت
ما زالو
لا زلت
لازلت
لا زال
لازال
لا يزال
لا تزال
لا زالت
ma zelt
mazelt
ma zal
mazal
la zelt
lazelt
# Added (ar-vi-tl): everyday words one letter away from red-flag words, listed so that the
# typo tolerance does not read them as the red flag: انتظر/انتظار "wait" (انتحر، انتحار),
# اسماء "names, Asmaa" (اغماء).
انتظر
أنتظر
انتظار
بنتظر
منتظر
منتظرة
انتظرك
انتظركم
اسماء
أسماء
# Prices (اسعار), one letter away from اسعاف.
اسعار
أسعار
الاسعار
الأسعار
# "Stopped the medicine" with وقف (a bare [opt_out] entry).
وقف الدوا
وقف الدواء
وقفت الدوا
وقفت الدواء
وقفت الحبوب
وقف الحبوب
وقف العلاج
وقفت العلاج
وقفت السيارة
وقف السيارة
# "Companion" (مرافق), one letter away from موافق.
مرافق
مرافقة
مرافقه
# "The fourth" (الرابع: "بالشهر الرابع"), one transposition away from the weekday الاربع of [when].
الرابع
الرابعة
# Added (red-flag pass): harmless phrases holding an urgency word (emergency number, ER bill, not urgent).
رقم الطوارئ
رقم طوارئ
جهة اتصال الطوارئ
رقم الطوارئ تبعي
فاتورة الطوارئ
فاتورة طوارئ
حساب الطوارئ
مش مستعجل
مو مستعجل
مستعجل شوي
مستعجلة شوي
مستعجل شوية
مش مستعجلة
ما في شي مستعجل
مش ضروري
مو ضروري
مش ضروري جدا
مو ضروري جدا
موت من الضحك
متت من الضحك

# Neutral acknowledgements: confirm when the message asked for an answer, other when it asked nothing.
[ack]
تمام
تمام التمام
طيب
ماشي
حاضر
اوكي
أوكي
اوك
أوك
اوكيه
أوكيه
اوكاي
أوكاي
حسنا
زين
خلاص
خلاص تمام
ان شاء الله
إن شاء الله
انشاء الله
إنشاء الله
ان شاءالله
انشالله
إنشالله
ان شالله
بإذن الله
باذن الله
على راسي
من عيوني
ولا يهمك
وصلت الرسالة
وصلتني
تم الاستلام
عُلم
تم
👍
👍🏻
👍🏼
👍🏽
👍🏾
👍🏿
👌
👌🏻
👌🏼
👌🏽
✅
☑️
# Arabizi
ok
okay
oki
tamam
tmam
tmm
tayeb
tayyib
tayb
tyb
6ayeb
6ayb
mashi
mashy
7ader
hader
7adr
zain
zein
5alas
khalas
5alas tamam
inshallah
insha2allah
inshaallah
inshalla
nshalla
inshala
isa
bi2ithn allah
b2zn allah
3ala rasi
min 3ouni
# Maghrebi: واخا "ok", صافي "fine/done", مزيان "good".
واخا
واخّا
صافي
مزيان
wakha
wakhha
waxxa
safi
mzyan
mzian

# Thanks and blessings: other, or confirm when the message asked for a confirmation.
[thanks]
شكرا
شكرا جزيلا
شكرا لكم
مشكور
مشكورين
مشكورة
مشكوره
ألف شكر
الف شكر
يعطيك العافية
يعطيك العافيه
يعطيكم العافية
الله يعطيك العافية
تسلم
تسلمي
تسلموا
تسلمو
تسلمين
تسلم ايدك
تسلم إيدك
يسلمو
يسلموا
الله يسلمك
جزاك الله خير
جزاكم الله خير
جزاك الله خيرا
جزاكم الله خيرا
الله يجزاك خير
بارك الله فيك
بارك الله فيكم
الله يبارك فيك
ممنون
ممنونك
متشكر
متشكرة
متشكرين
الله يخليك
الله يخليكم
ربنا يخليك
ربنا يخليكي
الله يحفظك
الله يحفظكم
كثر خيرك
كتر خيرك
كثر الله خيرك
الله يعافيك
مرسي
ميرسي
🙏
🙏🏻
🙏🏼
🙏🏽
# Arabizi
shukran
shokran
shkran
shukrn
shokrn
mashkoor
mashkour
mshkor
ya3tik el 3afye
ya3teek el3afia
ya3tik el3afye
yslamo
yeslamo
teslam
tislam
teslam edak
tslm
merci
mersi
mersy
jazak allah khair
jazakallah
jazakallahu khairan
jzk
allah ykhalik
allah y5alik
rabena ykhalik
kattar 5erak
kater 5ayrak
kattar khairak
mamnoon
mamnoun
motashaker
mtshkr
# Maghrebi: يعطيك الصحة (Algerian, Tunisian), بارك الله فيك، شكرا بزاف، الله يخليك.
يعطيك الصحة
يعطيك الصحه
الله يعطيك الصحة
شكرا بزاف
بزاف شكرا
تبارك الله عليك
ya3tik essa7a
y3tik sa7a
ya3tik sa7a
saha
sa7a
shukran bzaf
chokran bzaf
choukran
chokran
baraka lah fik
barakallahu fik
lah ykhalik
allah y5alik
merci bzaf

# Negation cues and how many words after them they negate.
[negation]
لا = 2
ما = 2
مش = 2
مو = 2
مب = 2
موب = 2
ليس = 2
لست = 2
لم = 2
لن = 2
بدون = 2
بلا = 2
بلاش = 2
مافي = 2
مافيش = 2
مفيش = 2
ماكو = 2
ماني = 2
mish = 2
msh = 2
mesh = 2
mosh = 2
la = 1
ma = 2
mo = 2
mu = 2
mob = 2
mafi = 2
mafish = 2
mafeesh = 2
mako = 2
balash = 2
bdoon = 2
bedoon = 2

# How Arabic-language phones report a like, love, laugh or emphasis as text: PREFIX “quoted message”; means confirm.
[reaction]
أعجبه
اعجبه
أعجبها
اعجبها
أعجبني
اعجبني
أعجب بـ
اعجب ب
أبدى إعجابه بـ
ابدى اعجابه ب
أحبه
احبه
أحبها
احبها
أحب
أحببت
تفاعل بـ 👍 على
تفاعل 👍 مع
تفاعل بـ ❤️ على
👍 على
❤️ على
ضحك على
ضحكت على
ضحك من
أكد على
شدد على
تعجب من
تفاعل بـ 😂 على

# The other reactions sent as text (dislike, question): mean other.
[reaction-other]
لم يعجبه
لم يعجبها
لم يعجبني
ما عجبه
تساءل عن
تساءلت عن
استفهم عن
تفاعل بـ 👎 على

# Very common Arabic words, used only as evidence that a reply is in Arabic (Arabizi included).
[words]
في من على الى عن مع هل ان او لكن
انا انت انتي هو هي نحن احنا انتو انتم
هذا هذه هاد هيدا ده دي هاي
شو ايش شنو ايه وين فين ليش ليه كيف ازاي كم متى امتى
شي حاجة كل بس بدي عايز عاوز ابغى ابي اريد ممكن لازم كمان برضو
هلق دلوقتي الحين هسه يعني والله الحمد لله
مرحبا اهلا السلام عليكم صباح الخير مساء الخير اليوم بكرة بكره غدا
الموعد ميعاد الدكتور العيادة
ana enta inta enti e7na i7na ehna
inshallah yalla shukran bukra bokra mish msh
ma3 3ala wallah habibi marhaba mar7aba ahlan salam
kif kifak izzay ezay shu eish shno leh lesh emta
hala2 delwa2ty alhin hassa ya3ni kaman
bas badi bdi 3ayez abgha momken mumkin lazem
3ashan alhamdulillah ma3lesh maw3ed mi3ad

# SMS shorthand replaced before matching (Arabizi keys expand to Arabizi, Arabic keys to Arabic).
[shorthand]
ع = على
انشالله = ان شاء الله
إنشالله = ان شاء الله
انشاءالله = ان شاء الله
msh = mish
mesh = mish
mosh = mish
mush = mish
tmm = tamam
tyb = tayeb
isa = inshallah
insh = inshallah
nshlh = inshallah
shkrn = shukran
jzk = jazak allah khair
hmd = alhamdulillah
hmdl = alhamdulillah

# Units after a number for minutes late ("١٠ دقايق", "10 d2aye2").
[minutes]
دقيقة
دقيقه
دقائق
دقايق
د
min
mins
d2i2a
d2ee2a
da2i2a
daqiqa
d2aye2
d2ayi2
da2aye2
da2ayi2
dqay2
dqayq
daqa2iq
daqayeq

# Units after a number for hours.
[hours]
ساعة
ساعه
ساعات
س
sa3a
sa3ah
sa3at
sa3aat

# Spelled-out durations, in minutes.
[durations]
نص ساعة = 30
نص ساعه = 30
نصف ساعة = 30
نصف ساعه = 30
ربع ساعة = 15
ربع ساعه = 15
ثلث ساعة = 20
تلت ساعة = 20
ساعة = 60
ساعه = 60
ساعة ونص = 90
ساعه ونص = 90
ساعة الا ربع = 45
ساعتين = 120
دقيقتين = 2
خمس دقايق = 5
خمس دقائق = 5
عشر دقايق = 10
عشر دقائق = 10
nos sa3a = 30
nus sa3a = 30
nu9 sa3a = 30
nos sa3ah = 30
rob3 sa3a = 15
rub3 sa3a = 15
sa3a = 60
sa3a w nos = 90
sa3tein = 120
sa3ten = 120
d2i2tein = 2
khams d2aye2 = 5
5ams d2aye2 = 5
3ashr d2aye2 = 10

# Day and time words for reschedule requests (full weekday names come from ICU; informal and hamza-less forms listed).
[when]
اليوم = +0d
النهارده = +0d
النهاردة = +0d
النهاردا = +0d
بكرة = +1d
بكره = +1d
بكرا = +1d
باكر = +1d
باچر = +1d
غدا = +1d
الغد = +1d
بعد بكرة = +2d
بعد بكره = +2d
بعد بكرا = +2d
بعد باكر = +2d
بعد غد = +2d
بعد غدا = +2d
الأسبوع الجاي = +1w
الاسبوع الجاي = +1w
الأسبوع القادم = +1w
الاسبوع القادم = +1w
الأسبوع المقبل = +1w
الاسبوع المقبل = +1w
الجمعة الجاية = weekday:5
الاحد = weekday:7
الحد = weekday:7
الاثنين = weekday:1
الإثنين = weekday:1
الاتنين = weekday:1
التنين = weekday:1
الثلاثا = weekday:2
الثلاثاء = weekday:2
التلات = weekday:2
التلاتا = weekday:2
الاربعاء = weekday:3
الاربعا = weekday:3
الأربع = weekday:3
الاربع = weekday:3
الخميس = weekday:4
خميس = weekday:4
الجمعه = weekday:5
جمعة = weekday:5
السبت = weekday:6
سبت = weekday:6
الصبح = morning
صباحا = morning
الصباح = morning
بالصباح = morning
الصبح بدري = morning
ص = morning
الظهر = afternoon
بعد الظهر = afternoon
بعد الضهر = afternoon
العصر = afternoon
عصرا = afternoon
المسا = evening
المساء = evening
مساء = evening
بالمسا = evening
م = evening
بالليل = night
الليل = night
ليلا = night
قبل = before
أبكر = before
ابكر = before
بدري = before
بعد = after
bukra = +1d
bokra = +1d
bukkra = +1d
bokrah = +1d
baker = +1d
bacher = +1d
ba3d bukra = +2d
ba3d bokra = +2d
elyom = +0d
el yom = +0d
elyoum = +0d
alyoum = +0d
el naharda = +0d
elnaharda = +0d
ennaharda = +0d
el esbo3 el jay = +1w
el esbou3 el jay = +1w
el esbo3 el gai = +1w
el usbu3 el jay = +1w
el a7ad = weekday:7
el 7ad = weekday:7
el had = weekday:7
letnen = weekday:1
el etnen = weekday:1
el itnein = weekday:1
el tanein = weekday:1
el talat = weekday:2
el tlata = weekday:2
el talata = weekday:2
el arba3 = weekday:3
el arb3a = weekday:3
el arba3a = weekday:3
el 5amis = weekday:4
el khamis = weekday:4
el 5ames = weekday:4
khamis = weekday:4
5amis = weekday:4
el gom3a = weekday:5
el jum3a = weekday:5
el jom3a = weekday:5
gom3a = weekday:5
jum3a = weekday:5
el sabt = weekday:6
sob7 = morning
el sob7 = morning
el sobh = morning
el9ob7 = morning
ba3d el dohr = afternoon
ba3d el 6ohr = afternoon
el 3asr = afternoon
bel masa = evening
el masa = evening
bel lail = night
bil layl = night
2abl = before
abl = before
gabl = before
ba3d = after

# Words that introduce an option number ("رقم ٢", "الخيار 1").
[option-words]
رقم
الرقم
خيار
الخيار
اختيار
رد
الرد
raqam
ra2am
ra2m
5eyar
khiyar

[clitics]
# Prefixes that Arabic writes attached to the next word: "و" and, "ف" so/then, "ب" with/in,
# "ل" for, "ك" like, the article "ال" and their combinations. Every entry also matches with
# one of these in front ("وأغمى عليها" matches "أغمى عليها"), so entries need not list them.
و
ف
ب
ل
ك
ال
وال
بال
فال
لل
وب
ول
# Added (ar-vi-tl): Levantine and Gulf "this" attached to a noun (هالرسايل "these messages").
هال
وهال
بهال

# --- علامات الخطر بصيغ أخرى (2026-12-03): "هيموّت نفسه"، "نفسه مقطوع"، "بيتنفس بصعوبة"،
# "بكح وبيطلع دم".
[urgent]
يموت نفسه
هيموت نفسه
حيموت نفسه
هموت نفسي
اموت نفسي
نفسه مقطوع
نفسها مقطوع
نفسي مقطوع
مش قادرة تاخد نفسها
مش قادر ياخد نفسه
مش قادر اخد نفسي
مش قادرة اخد نفسي
بيتنفس بصعوبة
بتتنفس بصعوبة
يتنفس بصعوبة
تتنفس بصعوبة
اتنفس بصعوبة
بتنفس بصعوبة
بكح … دم
بيكح … دم
بتكح … دم
[urgent-combinations]
# "سخن" (hot, feverish) during chemotherapy
سخن + كيما*
سخن + الكيما*
سخنة + كيما*
سخنان + كيما*

# 2026-12-03 (session 5): low mood, sleep and energy (Levantine, Egyptian, Gulf, Maghrebi, Arabizi);
# feeling better; bills, payment and receipts; parking, directions and opening hours; who is this /
# whose number / what are these messages; changing the date or time; late (traffic at a standstill,
# a broken-down car, a missed bus); stop the texts (مسجات، تذكير، Maghrebi بركا); red flags with the
# Levantine possessive -و (بصدرو، قلبو) and in Arabizi; declining (ما في داعي، ما فيني اجي، مش رح
# اقدر); a work or family emergency (ظرف طارئ) that only explains a change.
[symptom]
# Low mood, sadness, stress (rule 10: a symptom, not urgent).
مدبرس
مدبرسة
مدبرسه
دبرسة
دبرسه
محبط
محبطة
محبطه
احباط
إحباط
مهموم
مهمومة
مهمومه
مغموم
مغمومة
متدايق
متدايقة
متدايقه
مدايق
مدايقة
مضغوط
مضغوطة
مضغوطه
منهار
منهارة
منهاره
ستريس
مستريس
مستريسة
ضغط نفسي
تعب نفسي
تعبان نفسيا
تعبانة نفسيا
نفسيتي مش منيحة
نفسيتي مش كويسة
نفسيتي مو زينة
نفسيتي مدمرة
نفسيتي محطمة
نفسيتي بالأرض
نفسيتي بالارض
نفسيتي واطية
مزاجي زفت
مزاجي سيء
مزاجي سيئ
مزاجي معكر
مزاجي متعكر
مزاجي مش منيح
مزاجي مش كويس
مالي مزاج
ماليش مزاج
ما إلي مزاج
مالي خلق
ماليش خلق
ما إلي خلق
ما الي خلق
مش على بعضي
مش على بعضيه
مو على بعضي
مش على بعضه
مش على بعضها
حاسس بالوحدة
حاسة بالوحدة
ببكي كتير
بعيط كتير
عم ابكي
ابكي كثير
ابكي على طول
# No energy.
ما في طاقة
مافي طاقة
ما عندي طاقة
ماعندي طاقة
ما فيني حيل
مافيني حيل
ما فيي حيل
ما بي حيل
ما عندي حيل
مالي حيل
ماليش حيل
هلكان
هلكانة
هلكانه
مرهق
مرهقة
مرهقه
ارهاق
إرهاق
# Sleep (Egyptian مش بنام، Levantine ما عم بنام، Gulf ما يجيني نوم، Moroccan ما كنعسش).
مش بنام
مبنامش
ما بنامش
مابنامش
ما عم بنام
ما بعرف نام
ما بعرف انام
ما يجيني نوم
ما يجيني النوم
ما بيجيني نوم
مش جايلي نوم
ما نمت
مانمت
سهران طول الليل
سهرانة طول الليل
صاحي طول الليل
نومي خربان
نومي متلخبط
نومي قليل
ما كنعسش
ماكنعسش
ما كنرقدش
# Arabizi
mdabres
mdabras
mdabresa
me7bat
m7bat
mahmoom
mahmoum
mazaji zift
mazaji zeft
mazagi zeft
mazaji sayye2
nafseyti ta3bana
nafsiyti ta3bane
nafsiti ta3bana
nafseyti zift
nafsiti zift
mali 5el2
mali khel2
malish mazag
mali mazaj
ma fini 7eil
mafini 7eil
ma feene 7eil
ma fiye 7eil
ma 3andi ta2a
mish 3ala ba3di
mish 3ala ba3dy
halkan
halkane
mish bnam
ma bnamsh
mabnamsh
ma 3am bnam
ma ba3ref nam
ma nemt
ma nimt
sahran tool el leil
3andi stress
mstress
mestress

[other]
# Feeling better, recovered: a health update, not a symptom report ("ما تحسنت", "ما في تحسن" stay
# [symptom], being longer).
صرت احسن
صرت أحسن
صرت منيح
صرت منيحة
صرت كويس
صرت كويسة
صرت بخير
صحتي تحسنت
حالتي تحسنت
تحسنت
تحسنت كثير
تحسنت كتير
في تحسن
بقيت احسن
بقيت أحسن
بقيت كويس
بقيت كويسة
احسن بكتير
أحسن بكتير
احسن بكثير
أحسن بكثير
احسن الحمد لله
أحسن الحمد لله
الحمد لله احسن
الحمد لله أحسن
الحمد لله تحسنت
الحمد لله بخير
الحمد لله منيح
الحمد لله كويس
انا بخير
أنا بخير
خفيت
تعافيت
شفيت
خف الوجع
خف الألم
خف الالم
الوجع خف
الألم خف
الالم خف
راح الوجع
الوجع راح
راحت الحرارة
الحرارة راحت
نزلت الحرارة
الحرارة نزلت
ما عاد في وجع
ما عاد عندي وجع
sert a7san
sirt a7san
sert mni7
sert mnee7a
sert kwayes
ana a7san
a7san bkteer
a7san b kteer
a7san el7amdella
el7amdella a7san
al7amdulillah a7san
ba2et a7san
ba2eit a7san
ba2et kwayes
ba2eit kwayes
5afeit
khafeit
t7assant
el waja3 5aff
el waja3 ra7
# Bills, payment, insurance, receipts, cost ("وصلتني" of [ack] yields to "وصلتني فاتورة").
فواتير
المبلغ
مبلغ
كم المبلغ
قديش الحساب
قديش لازم ادفع
قديش بدي ادفع
كم لازم ادفع
كام لازم ادفع
كم علي
قديش علي
قديش عليي
كام عليا
بكام
بقديش
كشفية
قديش الكشفية
سعر الكشف
الكشف بكام
حق الكشف
سعر
تكلفة
تكاليف
رسوم
ادفع
الدفع
دفعت
تم الدفع
تم خصم
تم سحب
انخصم
اتخصم
خصمتوا
سحبتوا
تحاسبت
اتحاسبت
مطالبة
مطالبة مالية
ايصال
إيصال
وصل الدفع
وصل دفع
نسبة التحمل
مساهمة المريض
copay
وصلتني فاتورة
وصلني فاتورة
وصلتني الفاتورة
اجتني فاتورة
اجاني فاتورة
جاتني فاتورة
جاني فاتورة
جتلي فاتورة
استلمت فاتورة
fatoura
fatora
fawateer
2adesh el 7sab
2adesh lazem edfa3
kam lazem adfa3
b2adesh
kam 3alay
2adesh 3layi
kashfiyye
kashfiye
si3r el kashf
2eesal
isal
# Parking, directions, floor, opening hours.
في موقف
فيه موقف
في باركينج
في باركنج
في باركينغ
باركينغ
باركنغ
مواقف
مواقف سيارات
وين بصف
وين اصف السيارة
وين بصف السيارة
فين اركن
فين أركن
اركن فين
أركن فين
وين اركن
وين اوقف السيارة
وين أوقف السيارة
وين اوقف سيارتي
وين احط السيارة
فين اركن العربية
كيف اوصل
كيف أوصل
كيف بوصل
كيف اوصلكم
كيف أوصلكم
كيف اجي لعندكم
ازاي اوصل
ازاي أوصل
ازاي اروح
ازاي أروح
ازاي اجيلكم
شلون اوصل
شلون اجي
وين موقعكم
موقعكم
الموقع
لوكيشن
ابعتولي اللوكيشن
ارسلولي الموقع
ارسلوا الموقع
وين بالضبط
فين بالظبط
فين بالضبط
وين العنوان
فين العنوان
اي طابق
أي طابق
الطابق
طابق كام
الدور الكام
مواعيد العمل
مواعيد الشغل
ساعات العمل
ساعات الدوام
أوقات الدوام
اوقات الدوام
أوقات العمل
اوقات العمل
دوامكم
متى تفتحون
متى تفتحوا
امتى بتفتحوا
إمتى بتفتحوا
ايمتى بتفتحوا
ايمتى بتفتحو
الساعة كم تفتحوا
الساعة كام بتفتحوا
متى تسكرون
امتى بتقفلوا
ايمتى بتسكروا
الساعة كم بتسكروا
مفتوحين
فاتحين
مسكرين
قافلين
fi parking
fe parking
fih parking
wen bsaff
wein bsof
fen arkan
fein arkin
arkan fen
wen el 3enwan
fen el 3enwan
el 3enwan
el location
ib3atouli el location
kif bousal
ezay awsal
ezzay awsal
ezay aroo7
shlon awsal
emta btefta7o
aymta btefta7o
emta bt2flo
aymta btsakro
sa3at el dawam
mawa3eed el 3amal
mawa3id el sho8l
fat7in
fat7een
# A work or family emergency that only explains a cancellation or a change (طارئ، طوارئ، مستعجل،
# عاجل are [urgent]); medical emergencies stay [urgent].
ظرف طارئ
ظروف طارئة
ظرف طارئة
ظرف مستعجل
طارئ بالشغل
طارئ في الشغل
طارئ في العمل
طارئ بالعمل
حالة طارئة في العمل
حالة طارئة بالشغل
حالة طارئة في الشغل
حالة طوارئ بالشغل
حالة طوارئ في الشغل
طوارئ بالشغل
طوارئ في الشغل
ظرف عائلي طارئ
ظرف طارئ عائلي
طارئ عائلي
حالة طارئة عائلية
أمر طارئ
امر طارئ
شغلة طارئة
شغل طارئ
سفر طارئ
سفرة طارئة
اجتماع طارئ
شغل مستعجل
شغلة مستعجلة
مشوار مستعجل
سفر مستعجل
اجتماع مستعجل
شغل ضروري جدا
شغل عاجل
سفر عاجل
اجتماع عاجل
emergency بالشغل
emergency في الشغل
zarf tare2
zaref tare2
zarf 6are2
tare2 bel shoghl
shoghl mesta3jel
sho8l mista3jil
shoghl 3ajel
emergency bel shoghl
emergency fel shoghl
emergency bel sho8l
# "No need" phrases that are not a decline (the [cancel] ما في داعي، لا داعي are shorter).
لا داعي للقلق
ما في داعي للقلق
مافي داعي للقلق
مفيش داعي للقلق
ما في داعي تتصلوا
مافي داعي تتصلوا
لا داعي للاتصال
ما في داعي للاتصال

[help]
# Who is this, whose number is this, what are these messages, how does this work.
مين انت
مين إنت
مين انتي
مين انتوا
مين حضرتكم
مين هاد الرقم
مين هذا الرقم
رقم مين
رقم مين هاد
رقم مين هذا
رقم مين ده
نمرة مين
نمرة مين دي
مين صاحب الرقم
مين صاحب هالرقم
شو هالرقم
شو هاد الرقم
شو هذا الرقم
ايه الرقم ده
ايش هالرقم
ايش هذا الرقم
شنو هالرقم
شنو هذا الرقم
ما بعرف هالرقم
ما بعرف هاد الرقم
ما اعرف هالرقم
ما اعرف هذا الرقم
لا أعرف هذا الرقم
لا اعرف هذا الرقم
مش عارف الرقم ده
مش عارفة الرقم ده
معرفش الرقم ده
رقم غريب
شو هالرسايل
شو هالرسائل
شو هاي الرسايل
شو هاي الرسائل
شو هالرسالة
ايه الرسايل دي
ايش هالرسايل
ايش هالرسائل
شنو هالرسايل
ما هذه الرسائل
ما هذه الرسالة
ليش عم تبعتولي
ليش بتبعتولي
ليه بتبعتولي
ليش ترسلون لي
ليش ترسلولي
ليش عم ترسلولي
كيف بتشتغل
ازاي بتشتغل
شو هاي الخدمة
شو هالخدمة
ايه الخدمة دي
ايش هالخدمة
ما هي هذه الخدمة
شلون تشتغل
meen enta
min enta
meen enti
meen 7adertak
meen 7adretkom
ra2am meen hada
ra2m meen hada
ra2m meen da
nemret meen di
shu hal ra2am
shu hal ra2m
eh el ra2am da
shu hal rasayel
shu hal rsayel
eh el rasayel di
lesh 3am teb3atouli
leh bteb3atouli
ma ba3ref hal ra2am
mish 3aref el ra2am da
kif btshteghel
ezay btshta8al

[reschedule]
# Change the date, the time or the day; postpone it (attached pronoun); a later time; next week or month.
غير التاريخ
تغيير التاريخ
نغير التاريخ
اغير التاريخ
تغيير الوقت
غير الوقت
غيري الوقت
نغير الوقت
اغير الوقت
بدي غير الوقت
تغيير الساعة
نغير الساعة
غير الساعة
غير اليوم
نغير اليوم
اغير اليوم
تبديل اليوم
نبدل اليوم
ابدل اليوم
ابدل الموعد
أبدل الموعد
اجله
أجله
اجلها
أجلها
اجلوه
أجلوه
اجلوها
أجليه
اأجله
أأجله
ااجله
أأخره
اأخره
ااخره
نزيح الموعد
زيح الموعد
زيحوه
نزحلق الموعد
وقت لاحق
موعد لاحق
للأسبوع الجاي
للاسبوع الجاي
للشهر الجاي
خليه لبعدين
خليها لبعدين
نبدل الوقت
نبدلو الوقت
نبدل النهار
reschedule
resched
ريسكجول
ريسكيجول
ghayer el wa2t
ghayyer el wa2t
nghayyer el wa2t
8ayer el wa2t
ghayer el tari5
nghayer el tarikh
nghayyer el yom
ajjlo
2ajjlo
2ajelo
2a5aro
a2a5aro
wa2t la7e2
maw3ed la7e2
lal esbo3 el jay
lal shahr el jay

[late]
# Late: plural, traffic at a standstill (Arabizi "wa2ef" alone is an [opt_out] entry), the car broke
# down, a missed bus, "a few minutes and I'm there".
متأخرين
متاخرين
السير واقف
الطريق واقف
الشارع واقف
المرور واقف
عالق بالسير
علقان بالسير
علقانة بالسير
عالقة بالزحمة
متعطل بالطريق
السيارة خربت
سيارتي خربت
خربت السيارة
السيارة تعطلت
سيارتي تعطلت
تعطلت السيارة
العربية عطلت
العربية عطلانة
فاتني الباص
راح علي الباص
راح عليي الباص
فاتني الاتوبيس
فاتني القطار
فاتني المترو
راح علي المترو
دقايق وبوصل
دقيقة وبوصل
شوي وبوصل
شوي وبكون عندكم
بوصل كمان شوي
كمان شوي بوصل
بوصل متأخر
mt2a5rin
mit2akhreen
mt2akhreen
el sayr wa2ef
el sir wa2ef
el share3 wa2ef
el tari2 wa2ef
el tare2 wa2ef
3al2an bel sayr
3al2a bel za7me
el sayyara 5erbet
el siyara 5erbet
el 3arabeya 3otlet
el 3arabiya 3atlana
fatni el bus
fatni el baas
d2aye2 w bousal
shway w bousal
kaman shway bousal
ra7 it2akhar
ra7 it2a5ar
ra7 et2a5ar
bet2akhar
bit2akhar

[opt_out]
# Stop the texts: مسجات (messages, Gulf and Levantine), reminders (تذكير), "I don't want messages
# reaching me", Maghrebi بركا "enough", Arabizi.
ما بدي مسجات
مابدي مسجات
بلاش مسجات
كفاية مسجات
كفى مسجات
وقفوا المسجات
لا ترسلون مسجات
لا ترسلوا مسجات
ما ابي مسجات
ما ابغى مسجات
مش عايز مسجات
مش عاوز مسجات
ما اريد مسجات
لا اريد مسجات
ما بدي توصلني رسايل
ما بدي يوصلني رسايل
ما بدي توصلني رسائل
ما بدي يجيني رسايل
ما ابي توصلني رسايل
ما ابي يجيني رسايل
ما ابغى توصلني رسايل
ما ابغى يجيني رسايل
مش عايز توصلني رسايل
مش عايز يجيلي رسايل
مش عايز يوصلني رسايل
مش عاوز يجيلي رسايل
ماعايزش رسايل
مش عايز رسايل تاني
ما عاد بدي استقبل
ما عدت بدي رسايل
ماعادش تبعتولي
ما عادش تبعتولي
متبعتوليش تاني
اشطبوني
شيلوا اسمي
احذفوا اسمي
امسحوا اسمي
ما بدي تذكير
ما بدي تذكيرات
ما ابي تذكير
مش عايز تذكير
بلاش تذكير
وقفوا التذكير
وقفوا التذكيرات
الغوا التذكير
الغي التذكيرات
الغوا التذكيرات
ما بدي اشعارات
ما تعاودوش تصيفطو
ما تعاودوش تبعثو
بركا من الميساجات
بركاو من الميساجات
بركا ميساجات
barka mel messagat
ma badi masajat
bala masajat
balash masagat
kfaya masajat
wa2fo el masajat
ma badi ywsalni rasayel
ma badi yousalni rasayel
mish 3ayez yegili rasayel
mish 3ayez yewsalni rasayel
ma3adsh teb3atouli
shilo esmi
em7o esmi
ma badi tazkeer
wa2fo el tazkeer
wa2fo el tazkeerat

[urgent]
# Chest and heart pain told with the Levantine possessive -و (بصدرو، قلبو) and the other persons,
# with the verb first (بيوجعو صدرو), and "وجعة" (a pain).
وجع … صدرو
ألم … صدرو
الم … صدرو
ضيق … صدرو
ضغط … صدرو
كتمة … صدرو
ثقل … صدرو
صدرو … بيوجعو
صدرو عم يوجعو
صدرو يوجعو
صدرو بيوجعو
صدره عم يوجعه
صدرها عم يوجعها
بيوجعو صدرو
بيوجعه صدره
بيوجعها صدرها
عم يوجعو صدرو
عم يوجعها صدرها
يعوره صدره
يعورها صدرها
قلبو عم يوجعو
قلبو بيوجعو
قلبه بيوجعه
قلبه يوجعه
قلبها بيوجعها
قلبها يوجعها
قلبها عم يوجعها
قلبه يعوره
قلبها يعورها
ألم … قلبه
ألم … قلبها
الم … قلبه
الم … قلبها
وجع … قلبه
وجع … قلبها
وجع … قلبو
نغزة … قلبه
نغزة … قلبها
نغزة … قلبو
نغزة … صدره
نغزة … صدرها
نغزة … صدرو
وجعة … صدري
وجعة … صدرو
وجعة … صدره
وجعة … صدرها
وجعة … الصدر
# Breathing, someone else (ياخد نفسه، نفسو مقطوع، عم يختنق).
ما … ياخد نفسه
ما … ياخد نفسو
ما … تاخد نفسها
مش … ياخد نفسه
مش … ياخد نفسو
مش … تاخد نفسها
نفسو مقطوع
نفسو ضيق
نفسه ضيق
نفسها ضيق
عم يختنق
عم تختنق
بيختنق
بتختنق
يختنق
تختنق
# Bleeding that is not stopping.
الدم مش عم يوقف
الدم … مش واقف
# Stroke signs, Levantine -و forms.
مش قادر يحكي
مش قادرة تحكي
ما عم يقدر يتكلم
ما عم تقدر تتكلم
ما عم تقدر تحكي
لسانو تقيل
لسانو ثقيل
لسانو تقل
كلامو تقيل
كلامو ثقيل
كلامو مش مفهوم
كلامو مش واضح
كلامو ملخبط
كلامو مخربط
ما عم يحس بايدو
ما عم يحس بإيدو
ما عم يحس برجلو
ما عم تحس بايدها
# Not coming round (Levantine يوعى).
ما عم يوعى
ما عم توعى
مش عم يوعى
ما بيوعى
# Suicidal words: "I don't want to live any more" with بقى/عدت, "I'll kill myself" (Egyptian هـ).
ما بقى بدي … عيش
ما بقا بدي … عيش
ما عدت بدي … عيش
ما عاد بدي … اعيش
هنتحر
حنتحر
هانتحر
# Arabizi
wja3 … sadro
waja3 … sadro
waga3 … sadro
alam … sadro
2alam … sadro
wja3 … sadra
waja3 … sadra
alam … sadra
wja3 … sedri
waja3 … sedri
sedri … byewja3ni
sedri … bywja3ni
sidri … byewja3ni
2albo … byewja3o
albo … byewja3o
2alba … byewja3ha
byewja3o sadro
bywja3o sadro
nafaso ma2tou3
nafaso m2at3
nafasa ma2tou3
3am yekhtene2
3am ye5tene2
byekhtene2
bye5tene2
3am tekhtene2
mish 2ader ye7ki
mish 2adra te7ki
hanta7ar
7anta7ar
ra7 enta7er
ra7 ente7er
bade enta7er
ma 3ad badi … 3ish
ma ba2a badi … 3ish

[cancel]
# "I won't be able to", "we aren't coming", "I'm not going", Levantine ما فيني اجي "I can't come",
# "no need" (ما في داعي); the Arabizi shorthand without vowels (mab2dr).
مش رح اقدر
مش راح اقدر
مش رح قدر
مو رح اقدر
مو راح اقدر
ما راح اكدر
مش رح نقدر
ما رح نقدر
مش هنقدر
مش جايين
مو جايين
ما رح نجي
ما راح نجي
مش هنيجي
مش حنيجي
مش هروح
مش حروح
مش رايح
مش رايحة
مو رايح
ما رايح
ما رح روح
ما راح اروح
ما رح اروح
ما فيني اجي
ما فيني إجي
مافيني اجي
ما فيي اجي
ما فيني احضر
لا داعي
ما في داعي
مافي داعي
مفيش داعي
ملوش لزوم
مالوش لزوم
ما له داعي
ماله داعي
لا مش لازم
مش محتاج اجي
مش محتاجة اجي
ما احتاج اجي
mish ra7 2dar
mish ra7 a2dar
mo ra7 a2dar
mish rayeh
mish raye7
mish rayha
ma ra7 rou7
ma ra7 ro7
ma fini eji
mafini eji
ma feeni eji
ma fiye eji
mafi da3i
ma fi da3i
mafeesh da3i
malosh lazma
ma b2dr
mab2dr
m2drsh
ma2drsh
mish gayeen
mish jayin

# 2026-12-03 (session 6): severe pain in pregnancy; overdose and poisoning (any person, children);
# passed out or not responding (third person); heavy bleeding in everyday words; chest pressure
# (a stone, an elephant, something heavy on the chest) and chest symptoms with cold sweat, the left
# arm or the jaw; suicidal thoughts in Levantine, Egyptian, Gulf, Iraqi, Maghrebi and Arabizi; stop
# requests: bare words in [alone] (كفاية، ايقاف، بركا), and phrases with مسجات/SMS/messages, Arabizi
# (ma baddi rasayel, wa2fouhon), take me off the list (طلعوني، حيدوني), not your patient any more.
[urgent-combinations]
# --- Severe pain in pregnancy: a pregnancy word (حامل، حبلى، الحمل) + a strong, sharp, constant or
# unbearable pain, contractions or labour pains ("انا حامل وبطني بيوجعني كتير", "مرتي حامل ووجعها قوي",
# "حامل بالشهر السابع والوجع ما بيروح"). Negated ("ما عندي وجع قوي") they do not fire.
حامل* + وجع* … قوي*
حامل* + وجع* … شديد*
حامل* + وجع* … حاد*
حامل* + وجع* … جامد
حامل* + وجع* … كتير
حامل* + وجع* … كثير
حامل* + وجع* … وايد
حامل* + وجع* … واجد
حامل* + وجع* … هواية
حامل* + وجع* … بزاف
حامل* + وجع* … اوي
حامل* + وجع* … رهيب
حامل* + وجع* … مستمر*
حامل* + وجع* … ما بيروح
حامل* + وجع* … ما يروح
حامل* + وجع* … ما عم يروح
حامل* + وجع* … مش بيروح
حامل* + وجع* … ما راح
حامل* + وجع* … ما خف
حامل* + وجع* … مش راضي يروح
حامل* + ألم … قوي*
حامل* + ألم … شديد*
حامل* + ألم … حاد*
حامل* + ألم … مستمر*
حامل* + مغص* … قوي*
حامل* + مغص* … شديد*
حامل* + مغص* … جامد
حامل* + مغص* … كتير
حامل* + مغص* … كثير
حامل* + مغص* … وايد
حامل* + يوجع* … كتير
حامل* + يوجع* … كثير
حامل* + يوجع* … هواية
حامل* + يوجع* … اوي
حامل* + يوجع* … جامد
حامل* + يوجع* … وايد
حامل* + توجع* … كتير
حامل* + توجع* … اوي
حامل* + توجع* … جامد
حامل* + يعور* … وايد
حامل* + يعور* … واجد
حامل* + يعور* … كثير
حامل* + تعور* … وايد
حامل* + واجع* … جامد
حامل* + واجع* … كتير
حامل* + كيضر* … بزاف
حامل* + انقباضات
حامل* + الطلق
حامل* + وجع طلق
حامل* + وجع ولادة
حامل* + اوجاع ولادة
حامل* + تقلصات … قوي*
حامل* + تقلصات … كتير
حامل* + تقلصات … مستمر*
حبلى + وجع* … قوي*
حبلى + وجع* … شديد*
حبلى + وجع* … حاد*
حبلى + وجع* … جامد
حبلى + وجع* … كتير
حبلى + وجع* … كثير
حبلى + وجع* … وايد
حبلى + وجع* … واجد
حبلى + وجع* … هواية
حبلى + وجع* … بزاف
حبلى + وجع* … اوي
حبلى + وجع* … رهيب
حبلى + وجع* … مستمر*
حبلى + وجع* … ما بيروح
حبلى + وجع* … ما يروح
حبلى + وجع* … ما عم يروح
حبلى + وجع* … مش بيروح
حبلى + وجع* … ما راح
حبلى + وجع* … ما خف
حبلى + وجع* … مش راضي يروح
حبلى + ألم … قوي*
حبلى + ألم … شديد*
حبلى + ألم … حاد*
حبلى + ألم … مستمر*
حبلى + مغص* … قوي*
حبلى + مغص* … شديد*
حبلى + مغص* … جامد
حبلى + مغص* … كتير
حبلى + مغص* … كثير
حبلى + مغص* … وايد
حبلى + يوجع* … كتير
حبلى + يوجع* … كثير
حبلى + يوجع* … هواية
حبلى + يوجع* … اوي
حبلى + يوجع* … جامد
حبلى + يوجع* … وايد
حبلى + توجع* … كتير
حبلى + توجع* … اوي
حبلى + توجع* … جامد
حبلى + يعور* … وايد
حبلى + يعور* … واجد
حبلى + يعور* … كثير
حبلى + تعور* … وايد
حبلى + واجع* … جامد
حبلى + واجع* … كتير
حبلى + كيضر* … بزاف
حبلى + انقباضات
حبلى + الطلق
حبلى + وجع طلق
حبلى + وجع ولادة
حبلى + اوجاع ولادة
حبلى + تقلصات … قوي*
حبلى + تقلصات … كتير
حبلى + تقلصات … مستمر*
حبلان* + وجع* … قوي*
حبلان* + وجع* … شديد*
حبلان* + وجع* … حاد*
حبلان* + وجع* … جامد
حبلان* + وجع* … كتير
حبلان* + وجع* … كثير
حبلان* + وجع* … وايد
حبلان* + وجع* … واجد
حبلان* + وجع* … هواية
حبلان* + وجع* … بزاف
حبلان* + وجع* … اوي
حبلان* + وجع* … رهيب
حبلان* + وجع* … مستمر*
حبلان* + وجع* … ما بيروح
حبلان* + وجع* … ما يروح
حبلان* + وجع* … ما عم يروح
حبلان* + وجع* … مش بيروح
حبلان* + وجع* … ما راح
حبلان* + وجع* … ما خف
حبلان* + وجع* … مش راضي يروح
حبلان* + ألم … قوي*
حبلان* + ألم … شديد*
حبلان* + ألم … حاد*
حبلان* + ألم … مستمر*
حبلان* + مغص* … قوي*
حبلان* + مغص* … شديد*
حبلان* + مغص* … جامد
حبلان* + مغص* … كتير
حبلان* + مغص* … كثير
حبلان* + مغص* … وايد
حبلان* + يوجع* … كتير
حبلان* + يوجع* … كثير
حبلان* + يوجع* … هواية
حبلان* + يوجع* … اوي
حبلان* + يوجع* … جامد
حبلان* + يوجع* … وايد
حبلان* + توجع* … كتير
حبلان* + توجع* … اوي
حبلان* + توجع* … جامد
حبلان* + يعور* … وايد
حبلان* + يعور* … واجد
حبلان* + يعور* … كثير
حبلان* + تعور* … وايد
حبلان* + واجع* … جامد
حبلان* + واجع* … كتير
حبلان* + كيضر* … بزاف
حبلان* + انقباضات
حبلان* + الطلق
حبلان* + وجع طلق
حبلان* + وجع ولادة
حبلان* + اوجاع ولادة
حبلان* + تقلصات … قوي*
حبلان* + تقلصات … كتير
حبلان* + تقلصات … مستمر*
الحمل + وجع* … قوي*
الحمل + وجع* … شديد*
الحمل + وجع* … حاد*
الحمل + وجع* … جامد
الحمل + وجع* … كتير
الحمل + وجع* … كثير
الحمل + وجع* … وايد
الحمل + وجع* … واجد
الحمل + وجع* … هواية
الحمل + وجع* … بزاف
الحمل + وجع* … اوي
الحمل + وجع* … رهيب
الحمل + وجع* … مستمر*
الحمل + وجع* … ما بيروح
الحمل + وجع* … ما يروح
الحمل + وجع* … ما عم يروح
الحمل + وجع* … مش بيروح
الحمل + وجع* … ما راح
الحمل + وجع* … ما خف
الحمل + وجع* … مش راضي يروح
الحمل + ألم … قوي*
الحمل + ألم … شديد*
الحمل + ألم … حاد*
الحمل + ألم … مستمر*
الحمل + مغص* … قوي*
الحمل + مغص* … شديد*
الحمل + مغص* … جامد
الحمل + مغص* … كتير
الحمل + مغص* … كثير
الحمل + مغص* … وايد
الحمل + يوجع* … كتير
الحمل + يوجع* … كثير
الحمل + يوجع* … هواية
الحمل + يوجع* … اوي
الحمل + يوجع* … جامد
الحمل + يوجع* … وايد
الحمل + توجع* … كتير
الحمل + توجع* … اوي
الحمل + توجع* … جامد
الحمل + يعور* … وايد
الحمل + يعور* … واجد
الحمل + يعور* … كثير
الحمل + تعور* … وايد
الحمل + واجع* … جامد
الحمل + واجع* … كتير
الحمل + كيضر* … بزاف
الحمل + انقباضات
الحمل + الطلق
الحمل + وجع طلق
الحمل + وجع ولادة
الحمل + اوجاع ولادة
الحمل + تقلصات … قوي*
الحمل + تقلصات … كتير
الحمل + تقلصات … مستمر*
# Arabizi
7amel + waja3 … 2awi
7amel + wja3 … 2awi
7amel + waje3 … 2awi
7amel + waga3 … gamed
7amel + wag3 … gamed
7amel + waja3 … kteer
7amel + wja3 … kteer
7amel + waje3 … kteer
7amel + byewja3ni … kteer
7amel + bywja3ni … kteer
7amel + btewja3ni … kteer
7amel + btewga3ni … awi
7amel + bitewga3ni … awi
7amel + bywga3ni … gamed
7amel + y3awerni … wayed
7amel + ya3awirni … wayed
7amel + maghas … 2awi
7amel + ma8as … 2awi
7amel + maghas … gamed
7amel + waja3 … shadid
7amel + alam … shadid
7amel + waja3 … ma byrou7
7amel + wja3 … ma 3am yrou7
7amel + el tal2
7aml* + waja3 … 2awi
7aml* + wja3 … 2awi
7aml* + waje3 … 2awi
7aml* + waga3 … gamed
7aml* + wag3 … gamed
7aml* + waja3 … kteer
7aml* + wja3 … kteer
7aml* + waje3 … kteer
7aml* + byewja3ni … kteer
7aml* + bywja3ni … kteer
7aml* + btewja3ni … kteer
7aml* + btewga3ni … awi
7aml* + bitewga3ni … awi
7aml* + bywga3ni … gamed
7aml* + y3awerni … wayed
7aml* + ya3awirni … wayed
7aml* + maghas … 2awi
7aml* + ma8as … 2awi
7aml* + maghas … gamed
7aml* + waja3 … shadid
7aml* + alam … shadid
7aml* + waja3 … ma byrou7
7aml* + wja3 … ma 3am yrou7
7aml* + el tal2
7ebla + waja3 … 2awi
7ebla + wja3 … 2awi
7ebla + waje3 … 2awi
7ebla + waga3 … gamed
7ebla + wag3 … gamed
7ebla + waja3 … kteer
7ebla + wja3 … kteer
7ebla + waje3 … kteer
7ebla + byewja3ni … kteer
7ebla + bywja3ni … kteer
7ebla + btewja3ni … kteer
7ebla + btewga3ni … awi
7ebla + bitewga3ni … awi
7ebla + bywga3ni … gamed
7ebla + y3awerni … wayed
7ebla + ya3awirni … wayed
7ebla + maghas … 2awi
7ebla + ma8as … 2awi
7ebla + maghas … gamed
7ebla + waja3 … shadid
7ebla + alam … shadid
7ebla + waja3 … ma byrou7
7ebla + wja3 … ma 3am yrou7
7ebla + el tal2
7ablane* + waja3 … 2awi
7ablane* + wja3 … 2awi
7ablane* + waje3 … 2awi
7ablane* + waga3 … gamed
7ablane* + wag3 … gamed
7ablane* + waja3 … kteer
7ablane* + wja3 … kteer
7ablane* + waje3 … kteer
7ablane* + byewja3ni … kteer
7ablane* + bywja3ni … kteer
7ablane* + btewja3ni … kteer
7ablane* + btewga3ni … awi
7ablane* + bitewga3ni … awi
7ablane* + bywga3ni … gamed
7ablane* + y3awerni … wayed
7ablane* + ya3awirni … wayed
7ablane* + maghas … 2awi
7ablane* + ma8as … 2awi
7ablane* + maghas … gamed
7ablane* + waja3 … shadid
7ablane* + alam … shadid
7ablane* + waja3 … ma byrou7
7ablane* + wja3 … ma 3am yrou7
7ablane* + el tal2
[urgent]
# Preterm labour.
طلق مبكر
طلق قبل وقته
# Overdose, any person: swallowed a box, a strip, a handful, lots of pills, all of his/her pills
# (بلع، بلعت، ابتلع)، "took a handful" (كمشة، حفنة), a large amount (كمية كبيرة). "اخدت دوائي",
# "اخد حبوبه الصبح" stay out (no quantity).
بلع* … علبة
بلع* … شريط
بلع* … كمشة
بلع* … حفنة
بلع* … حبوب كثيرة
بلع* … حبوب وايد
بلع* … حبوب واجد
بلع* … حبوب هواية
بلع* … حبوب بزاف
بلع* … كل الحبوب
بلع* … كل حبوبه
بلع* … كل حبوبها
ابتلع* … كل الحبوب
ابتلع* … كل الأقراص
ابتلع* … علبة
ابتلع* … شريط
ابتلع* … كمية كبيرة
تناول* … جرعة كبيرة
كمية كبيرة من الحبوب
كمية كبيرة من الدوا
كمية كبيرة من الدواء
كمية كبيرة من الأدوية
كمية كبيرة من الأقراص
اخد* … كمشة
اخذ* … كمشة
اخد* … حفنة
اخذ* … حفنة
اخد* … حبوب كثيرة
اخذ* … حبوب كثيرة
اخد* … حبوب وايد
اخذ* … حبوب وايد
اخذ* … حبوب واجد
اخذ* … حبوب هواية
اخد* … حبوب بزاف
خد … حبوب كتير
خدت … حبوب كتير
اخد كل حبوبه
اخذ كل حبوبه
اخدت كل حبوبها
اخذت كل حبوبها
اخد كل الحبوب
اخذ كل الحبوب
اخد كل الدوا
اخذ كل الدواء
شرب كل حبوبه
شربت كل حبوبها
شرب كل الحبوب
شربت كل الحبوب
شرب* … علبة الدوا
شرب* … قنينة الدوا
شرب* … ازازة الدوا
شرب* … زجاجة الدوا
# Poison, cleaning products, pesticide, kerosene, acid (any person).
شرب* … كلور*
شرب* … كلوركس
شرب* … مبيد*
شرب* … منظف*
شرب* … مواد تنظيف
شرب* … سائل تنظيف
شرب* … سايل جلي
شرب* … فلاش
شرب* … ديتول
شرب* … كاز
شرب* … مية نار
شرب* … ماء النار
شرب* … ماي النار
شرب* … اسيد
شرب* … سبيرتو
اكل* … سم فار*
اكل* … سم الفار
سم فار*
سم الفار
سم الفيران
سم فيران
مبيد حشرات
تسمم دوائي
تسمم بالدوا
تسمم بالدواء
تسمم بالحبوب
تسمم من الدوا
تسمم بالكلور
# Arabizi
bala3 … 3elbe
bala3et … 3elbe
bal3it … 3elbe
bla3et … 3elbe
bala3 … 3elbet
bala3 kol el 7bob
bala3 kol el 7oboob
akhad kol el 7bob
akhad kol el 7oboob
a5ad kol el 7oboob
akhadet kol 7boba
akhad kol 7bobo
a5ad kol 7bobo
akhad 7oboob kteer
a5ad 7obob kter
akhadet 7oboob kteer
shereb … clor
shereb … clorox
shirib … clor
shrebet … clor
shereb … flash
shereb sam
shirib sim
shreb sem
shereb mobeed
shereb kaz
[urgent-combinations]
# --- A child ate, swallowed or got into medicine ("ابني الصغير اكل من الحبوب", "البنت فتحت علبة الدوا").
# Only "ate" and "opened/played with": a child "took/drank his medicine" is ordinary.
ابني + اكل* حبوب
ابني + اكل* الحبوب
ابني + اكل* من الحبوب
ابني + اكل* دوا
ابني + اكل* الدوا
ابني + اكل* من الدوا
ابني + اكل* الدواء
ابني + اكل* من الدواء
ابني + فتح* علبة الدوا
ابني + فتح* علبة الحبوب
ابني + فتح* علبة الدواء
ابني + لعب* بالدوا
ابني + لعب* بالحبوب
ابني + وصل للدوا
ابني + وصلت للدوا
ابني + وصل للحبوب
ابني + وصلت للحبوب
ابنى + اكل* حبوب
ابنى + اكل* الحبوب
ابنى + اكل* من الحبوب
ابنى + اكل* دوا
ابنى + اكل* الدوا
ابنى + اكل* من الدوا
ابنى + اكل* الدواء
ابنى + اكل* من الدواء
ابنى + فتح* علبة الدوا
ابنى + فتح* علبة الحبوب
ابنى + فتح* علبة الدواء
ابنى + لعب* بالدوا
ابنى + لعب* بالحبوب
ابنى + وصل للدوا
ابنى + وصلت للدوا
ابنى + وصل للحبوب
ابنى + وصلت للحبوب
بنتي + اكل* حبوب
بنتي + اكل* الحبوب
بنتي + اكل* من الحبوب
بنتي + اكل* دوا
بنتي + اكل* الدوا
بنتي + اكل* من الدوا
بنتي + اكل* الدواء
بنتي + اكل* من الدواء
بنتي + فتح* علبة الدوا
بنتي + فتح* علبة الحبوب
بنتي + فتح* علبة الدواء
بنتي + لعب* بالدوا
بنتي + لعب* بالحبوب
بنتي + وصل للدوا
بنتي + وصلت للدوا
بنتي + وصل للحبوب
بنتي + وصلت للحبوب
ابنتي + اكل* حبوب
ابنتي + اكل* الحبوب
ابنتي + اكل* من الحبوب
ابنتي + اكل* دوا
ابنتي + اكل* الدوا
ابنتي + اكل* من الدوا
ابنتي + اكل* الدواء
ابنتي + اكل* من الدواء
ابنتي + فتح* علبة الدوا
ابنتي + فتح* علبة الحبوب
ابنتي + فتح* علبة الدواء
ابنتي + لعب* بالدوا
ابنتي + لعب* بالحبوب
ابنتي + وصل للدوا
ابنتي + وصلت للدوا
ابنتي + وصل للحبوب
ابنتي + وصلت للحبوب
الولد + اكل* حبوب
الولد + اكل* الحبوب
الولد + اكل* من الحبوب
الولد + اكل* دوا
الولد + اكل* الدوا
الولد + اكل* من الدوا
الولد + اكل* الدواء
الولد + اكل* من الدواء
الولد + فتح* علبة الدوا
الولد + فتح* علبة الحبوب
الولد + فتح* علبة الدواء
الولد + لعب* بالدوا
الولد + لعب* بالحبوب
الولد + وصل للدوا
الولد + وصلت للدوا
الولد + وصل للحبوب
الولد + وصلت للحبوب
البنت + اكل* حبوب
البنت + اكل* الحبوب
البنت + اكل* من الحبوب
البنت + اكل* دوا
البنت + اكل* الدوا
البنت + اكل* من الدوا
البنت + اكل* الدواء
البنت + اكل* من الدواء
البنت + فتح* علبة الدوا
البنت + فتح* علبة الحبوب
البنت + فتح* علبة الدواء
البنت + لعب* بالدوا
البنت + لعب* بالحبوب
البنت + وصل للدوا
البنت + وصلت للدوا
البنت + وصل للحبوب
البنت + وصلت للحبوب
ولدي + اكل* حبوب
ولدي + اكل* الحبوب
ولدي + اكل* من الحبوب
ولدي + اكل* دوا
ولدي + اكل* الدوا
ولدي + اكل* من الدوا
ولدي + اكل* الدواء
ولدي + اكل* من الدواء
ولدي + فتح* علبة الدوا
ولدي + فتح* علبة الحبوب
ولدي + فتح* علبة الدواء
ولدي + لعب* بالدوا
ولدي + لعب* بالحبوب
ولدي + وصل للدوا
ولدي + وصلت للدوا
ولدي + وصل للحبوب
ولدي + وصلت للحبوب
طفلي + اكل* حبوب
طفلي + اكل* الحبوب
طفلي + اكل* من الحبوب
طفلي + اكل* دوا
طفلي + اكل* الدوا
طفلي + اكل* من الدوا
طفلي + اكل* الدواء
طفلي + اكل* من الدواء
طفلي + فتح* علبة الدوا
طفلي + فتح* علبة الحبوب
طفلي + فتح* علبة الدواء
طفلي + لعب* بالدوا
طفلي + لعب* بالحبوب
طفلي + وصل للدوا
طفلي + وصلت للدوا
طفلي + وصل للحبوب
طفلي + وصلت للحبوب
طفلتي + اكل* حبوب
طفلتي + اكل* الحبوب
طفلتي + اكل* من الحبوب
طفلتي + اكل* دوا
طفلتي + اكل* الدوا
طفلتي + اكل* من الدوا
طفلتي + اكل* الدواء
طفلتي + اكل* من الدواء
طفلتي + فتح* علبة الدوا
طفلتي + فتح* علبة الحبوب
طفلتي + فتح* علبة الدواء
طفلتي + لعب* بالدوا
طفلتي + لعب* بالحبوب
طفلتي + وصل للدوا
طفلتي + وصلت للدوا
طفلتي + وصل للحبوب
طفلتي + وصلت للحبوب
الطفل + اكل* حبوب
الطفل + اكل* الحبوب
الطفل + اكل* من الحبوب
الطفل + اكل* دوا
الطفل + اكل* الدوا
الطفل + اكل* من الدوا
الطفل + اكل* الدواء
الطفل + اكل* من الدواء
الطفل + فتح* علبة الدوا
الطفل + فتح* علبة الحبوب
الطفل + فتح* علبة الدواء
الطفل + لعب* بالدوا
الطفل + لعب* بالحبوب
الطفل + وصل للدوا
الطفل + وصلت للدوا
الطفل + وصل للحبوب
الطفل + وصلت للحبوب
الطفلة + اكل* حبوب
الطفلة + اكل* الحبوب
الطفلة + اكل* من الحبوب
الطفلة + اكل* دوا
الطفلة + اكل* الدوا
الطفلة + اكل* من الدوا
الطفلة + اكل* الدواء
الطفلة + اكل* من الدواء
الطفلة + فتح* علبة الدوا
الطفلة + فتح* علبة الحبوب
الطفلة + فتح* علبة الدواء
الطفلة + لعب* بالدوا
الطفلة + لعب* بالحبوب
الطفلة + وصل للدوا
الطفلة + وصلت للدوا
الطفلة + وصل للحبوب
الطفلة + وصلت للحبوب
البيبي + اكل* حبوب
البيبي + اكل* الحبوب
البيبي + اكل* من الحبوب
البيبي + اكل* دوا
البيبي + اكل* الدوا
البيبي + اكل* من الدوا
البيبي + اكل* الدواء
البيبي + اكل* من الدواء
البيبي + فتح* علبة الدوا
البيبي + فتح* علبة الحبوب
البيبي + فتح* علبة الدواء
البيبي + لعب* بالدوا
البيبي + لعب* بالحبوب
البيبي + وصل للدوا
البيبي + وصلت للدوا
البيبي + وصل للحبوب
البيبي + وصلت للحبوب
الصغير + اكل* حبوب
الصغير + اكل* الحبوب
الصغير + اكل* من الحبوب
الصغير + اكل* دوا
الصغير + اكل* الدوا
الصغير + اكل* من الدوا
الصغير + اكل* الدواء
الصغير + اكل* من الدواء
الصغير + فتح* علبة الدوا
الصغير + فتح* علبة الحبوب
الصغير + فتح* علبة الدواء
الصغير + لعب* بالدوا
الصغير + لعب* بالحبوب
الصغير + وصل للدوا
الصغير + وصلت للدوا
الصغير + وصل للحبوب
الصغير + وصلت للحبوب
الصغيرة + اكل* حبوب
الصغيرة + اكل* الحبوب
الصغيرة + اكل* من الحبوب
الصغيرة + اكل* دوا
الصغيرة + اكل* الدوا
الصغيرة + اكل* من الدوا
الصغيرة + اكل* الدواء
الصغيرة + اكل* من الدواء
الصغيرة + فتح* علبة الدوا
الصغيرة + فتح* علبة الحبوب
الصغيرة + فتح* علبة الدواء
الصغيرة + لعب* بالدوا
الصغيرة + لعب* بالحبوب
الصغيرة + وصل للدوا
الصغيرة + وصلت للدوا
الصغيرة + وصل للحبوب
الصغيرة + وصلت للحبوب
ولادي + اكل* حبوب
ولادي + اكل* الحبوب
ولادي + اكل* من الحبوب
ولادي + اكل* دوا
ولادي + اكل* الدوا
ولادي + اكل* من الدوا
ولادي + اكل* الدواء
ولادي + اكل* من الدواء
ولادي + فتح* علبة الدوا
ولادي + فتح* علبة الحبوب
ولادي + فتح* علبة الدواء
ولادي + لعب* بالدوا
ولادي + لعب* بالحبوب
ولادي + وصل للدوا
ولادي + وصلت للدوا
ولادي + وصل للحبوب
ولادي + وصلت للحبوب
الاولاد + اكل* حبوب
الاولاد + اكل* الحبوب
الاولاد + اكل* من الحبوب
الاولاد + اكل* دوا
الاولاد + اكل* الدوا
الاولاد + اكل* من الدوا
الاولاد + اكل* الدواء
الاولاد + اكل* من الدواء
الاولاد + فتح* علبة الدوا
الاولاد + فتح* علبة الحبوب
الاولاد + فتح* علبة الدواء
الاولاد + لعب* بالدوا
الاولاد + لعب* بالحبوب
الاولاد + وصل للدوا
الاولاد + وصلت للدوا
الاولاد + وصل للحبوب
الاولاد + وصلت للحبوب
العيال + اكل* حبوب
العيال + اكل* الحبوب
العيال + اكل* من الحبوب
العيال + اكل* دوا
العيال + اكل* الدوا
العيال + اكل* من الدوا
العيال + اكل* الدواء
العيال + اكل* من الدواء
العيال + فتح* علبة الدوا
العيال + فتح* علبة الحبوب
العيال + فتح* علبة الدواء
العيال + لعب* بالدوا
العيال + لعب* بالحبوب
العيال + وصل للدوا
العيال + وصلت للدوا
العيال + وصل للحبوب
العيال + وصلت للحبوب
الجهال + اكل* حبوب
الجهال + اكل* الحبوب
الجهال + اكل* من الحبوب
الجهال + اكل* دوا
الجهال + اكل* الدوا
الجهال + اكل* من الدوا
الجهال + اكل* الدواء
الجهال + اكل* من الدواء
الجهال + فتح* علبة الدوا
الجهال + فتح* علبة الحبوب
الجهال + فتح* علبة الدواء
الجهال + لعب* بالدوا
الجهال + لعب* بالحبوب
الجهال + وصل للدوا
الجهال + وصلت للدوا
الجهال + وصل للحبوب
الجهال + وصلت للحبوب
البزر + اكل* حبوب
البزر + اكل* الحبوب
البزر + اكل* من الحبوب
البزر + اكل* دوا
البزر + اكل* الدوا
البزر + اكل* من الدوا
البزر + اكل* الدواء
البزر + اكل* من الدواء
البزر + فتح* علبة الدوا
البزر + فتح* علبة الحبوب
البزر + فتح* علبة الدواء
البزر + لعب* بالدوا
البزر + لعب* بالحبوب
البزر + وصل للدوا
البزر + وصلت للدوا
البزر + وصل للحبوب
البزر + وصلت للحبوب
# Arabizi
ibni + akal 7bob
ibni + akal 7boob
ibni + akal 7oboob
ibni + akal el dawa
ibni + akal mn el dawa
ibni + aklet 7bob
ibni + akalet mn el dawa
ibni + fata7 3elbet el dawa
ibni + fat7et 3elbet el dawa
ebni + akal 7bob
ebni + akal 7boob
ebni + akal 7oboob
ebni + akal el dawa
ebni + akal mn el dawa
ebni + aklet 7bob
ebni + akalet mn el dawa
ebni + fata7 3elbet el dawa
ebni + fat7et 3elbet el dawa
binti + akal 7bob
binti + akal 7boob
binti + akal 7oboob
binti + akal el dawa
binti + akal mn el dawa
binti + aklet 7bob
binti + akalet mn el dawa
binti + fata7 3elbet el dawa
binti + fat7et 3elbet el dawa
bente + akal 7bob
bente + akal 7boob
bente + akal 7oboob
bente + akal el dawa
bente + akal mn el dawa
bente + aklet 7bob
bente + akalet mn el dawa
bente + fata7 3elbet el dawa
bente + fat7et 3elbet el dawa
el walad + akal 7bob
el walad + akal 7boob
el walad + akal 7oboob
el walad + akal el dawa
el walad + akal mn el dawa
el walad + aklet 7bob
el walad + akalet mn el dawa
el walad + fata7 3elbet el dawa
el walad + fat7et 3elbet el dawa
el bent + akal 7bob
el bent + akal 7boob
el bent + akal 7oboob
el bent + akal el dawa
el bent + akal mn el dawa
el bent + aklet 7bob
el bent + akalet mn el dawa
el bent + fata7 3elbet el dawa
el bent + fat7et 3elbet el dawa
el tifl + akal 7bob
el tifl + akal 7boob
el tifl + akal 7oboob
el tifl + akal el dawa
el tifl + akal mn el dawa
el tifl + aklet 7bob
el tifl + akalet mn el dawa
el tifl + fata7 3elbet el dawa
el tifl + fat7et 3elbet el dawa
el baby + akal 7bob
el baby + akal 7boob
el baby + akal 7oboob
el baby + akal el dawa
el baby + akal mn el dawa
el baby + aklet 7bob
el baby + akalet mn el dawa
el baby + fata7 3elbet el dawa
el baby + fat7et 3elbet el dawa
el zghir + akal 7bob
el zghir + akal 7boob
el zghir + akal 7oboob
el zghir + akal el dawa
el zghir + akal mn el dawa
el zghir + aklet 7bob
el zghir + akalet mn el dawa
el zghir + fata7 3elbet el dawa
el zghir + fat7et 3elbet el dawa
el wlad + akal 7bob
el wlad + akal 7boob
el wlad + akal 7oboob
el wlad + akal el dawa
el wlad + akal mn el dawa
el wlad + aklet 7bob
el wlad + akalet mn el dawa
el wlad + fata7 3elbet el dawa
el wlad + fat7et 3elbet el dawa
[urgent]
# Passed out, not responding (third person): not conscious, not responding, hard to wake, fell and did
# not get up. "ما عم يستجيب للعلاج" (not responding to treatment) is listed under [symptom].
ما عم يستجيب
ما بيستجيب
ما يستجيب
لا يستجيب
مش بيستجيب
مش مستجيب
مو مستجيب
ما عم تستجيب
ما بتستجيب
ما تستجيب
لا تستجيب
مش بتستجيب
مش مستجيبة
ما في استجابة
مافي استجابة
لا توجد استجابة
بدون استجابة
فاقد وعيه
فاقدة وعيها
مش بوعيه
مش بوعيها
مو بوعيه
مو بوعيها
مش في وعيه
مش في وعيها
مغشي عليها
غشي عليه
غشي عليها
سقط مغشيا عليه
سقطت مغشيا عليها
وقع وما قام
وقعت وما قامت
وقع وما عم يقوم
وقعت وما عم تقوم
وقع ومش قادر يقوم
وقعت ومش قادرة تقوم
وقع ومش بيقوم
انهار ووقع
انهارت ووقعت
انهار على الارض
انهارت على الارض
صعب نصحيه
صعب نصحيها
صعب يصحى
صعب تصحى
بالعافية بيصحى
بالعافية بتصحى
ما عم نقدر نصحيه
ما عم نقدر نصحيها
مش قادرين نصحيه
مش قادرين نصحيها
مش عارفين نصحيه
مش عارفين نصحيها
ما قدرت اصحيه
ما قدرت اصحيها
مش قادرة اصحيه
مش قادر اصحيه
ما نقدر نصحيه
ما نقدر نصحيها
عيونه مقلوبة
عيونها مقلوبة
عيونه بيضا
زبد … تمه
رغوة … فمه
رغوة … تمه
# Arabizi
ma 3am yes7a
mish 3am yes7a
mesh bi yes7a
mish byes7a
ma byes7a
ma 3am tes7a
mish 3am tes7a
ma btes7a
mish betes7a
ma 3am yfi2
ma 3am tfi2
mish biyfo2
mish bitfo2
fa2ad wa3yo
fa2det wa3ya
fa2ed wa3yo
ma 3am yestajeb
ma byestajeb
mish mestajeb
ma fi estijabe
sa3b nsa7i
we2e3 w ma 2am
wi2i3 w ma 2am
w2e3 w ma 2am
[urgent-combinations]
# --- Shaken, called or woken, and no answer ("بهزه وما بيرد", "ناديتها ما ردت", "عم نصحيه وما عم يصحى").
هز* + ما … يرد
هز* + مش … يرد
هز* + مو … يرد
هز* + ما … ترد
هز* + مش … ترد
هز* + ما رد
هز* + ما ردت
هز* + ما … يتحرك
هز* + مش … يتحرك
هز* + ما … تتحرك
هز* + مش … تتحرك
هز* + ما … يصحى
هز* + مش … يصحى
هز* + ما … تصحى
هز* + مش … تصحى
هز* + ما صحي
هز* + ما صحيت
نادي* + ما … يرد
نادي* + مش … يرد
نادي* + مو … يرد
نادي* + ما … ترد
نادي* + مش … ترد
نادي* + ما رد
نادي* + ما ردت
نادي* + ما … يتحرك
نادي* + مش … يتحرك
نادي* + ما … تتحرك
نادي* + مش … تتحرك
نادي* + ما … يصحى
نادي* + مش … يصحى
نادي* + ما … تصحى
نادي* + مش … تصحى
نادي* + ما صحي
نادي* + ما صحيت
نده* + ما … يرد
نده* + مش … يرد
نده* + مو … يرد
نده* + ما … ترد
نده* + مش … ترد
نده* + ما رد
نده* + ما ردت
نده* + ما … يتحرك
نده* + مش … يتحرك
نده* + ما … تتحرك
نده* + مش … تتحرك
نده* + ما … يصحى
نده* + مش … يصحى
نده* + ما … تصحى
نده* + مش … تصحى
نده* + ما صحي
نده* + ما صحيت
صحيته + ما … يرد
صحيته + مش … يرد
صحيته + مو … يرد
صحيته + ما … ترد
صحيته + مش … ترد
صحيته + ما رد
صحيته + ما ردت
صحيته + ما … يتحرك
صحيته + مش … يتحرك
صحيته + ما … تتحرك
صحيته + مش … تتحرك
صحيته + ما … يصحى
صحيته + مش … يصحى
صحيته + ما … تصحى
صحيته + مش … تصحى
صحيته + ما صحي
صحيته + ما صحيت
صحيتها + ما … يرد
صحيتها + مش … يرد
صحيتها + مو … يرد
صحيتها + ما … ترد
صحيتها + مش … ترد
صحيتها + ما رد
صحيتها + ما ردت
صحيتها + ما … يتحرك
صحيتها + مش … يتحرك
صحيتها + ما … تتحرك
صحيتها + مش … تتحرك
صحيتها + ما … يصحى
صحيتها + مش … يصحى
صحيتها + ما … تصحى
صحيتها + مش … تصحى
صحيتها + ما صحي
صحيتها + ما صحيت
صحيناه + ما … يرد
صحيناه + مش … يرد
صحيناه + مو … يرد
صحيناه + ما … ترد
صحيناه + مش … ترد
صحيناه + ما رد
صحيناه + ما ردت
صحيناه + ما … يتحرك
صحيناه + مش … يتحرك
صحيناه + ما … تتحرك
صحيناه + مش … تتحرك
صحيناه + ما … يصحى
صحيناه + مش … يصحى
صحيناه + ما … تصحى
صحيناه + مش … تصحى
صحيناه + ما صحي
صحيناه + ما صحيت
صحيناها + ما … يرد
صحيناها + مش … يرد
صحيناها + مو … يرد
صحيناها + ما … ترد
صحيناها + مش … ترد
صحيناها + ما رد
صحيناها + ما ردت
صحيناها + ما … يتحرك
صحيناها + مش … يتحرك
صحيناها + ما … تتحرك
صحيناها + مش … تتحرك
صحيناها + ما … يصحى
صحيناها + مش … يصحى
صحيناها + ما … تصحى
صحيناها + مش … تصحى
صحيناها + ما صحي
صحيناها + ما صحيت
بصحيه + ما … يرد
بصحيه + مش … يرد
بصحيه + مو … يرد
بصحيه + ما … ترد
بصحيه + مش … ترد
بصحيه + ما رد
بصحيه + ما ردت
بصحيه + ما … يتحرك
بصحيه + مش … يتحرك
بصحيه + ما … تتحرك
بصحيه + مش … تتحرك
بصحيه + ما … يصحى
بصحيه + مش … يصحى
بصحيه + ما … تصحى
بصحيه + مش … تصحى
بصحيه + ما صحي
بصحيه + ما صحيت
بصحيها + ما … يرد
بصحيها + مش … يرد
بصحيها + مو … يرد
بصحيها + ما … ترد
بصحيها + مش … ترد
بصحيها + ما رد
بصحيها + ما ردت
بصحيها + ما … يتحرك
بصحيها + مش … يتحرك
بصحيها + ما … تتحرك
بصحيها + مش … تتحرك
بصحيها + ما … يصحى
بصحيها + مش … يصحى
بصحيها + ما … تصحى
بصحيها + مش … تصحى
بصحيها + ما صحي
بصحيها + ما صحيت
نصحيه + ما … يرد
نصحيه + مش … يرد
نصحيه + مو … يرد
نصحيه + ما … ترد
نصحيه + مش … ترد
نصحيه + ما رد
نصحيه + ما ردت
نصحيه + ما … يتحرك
نصحيه + مش … يتحرك
نصحيه + ما … تتحرك
نصحيه + مش … تتحرك
نصحيه + ما … يصحى
نصحيه + مش … يصحى
نصحيه + ما … تصحى
نصحيه + مش … تصحى
نصحيه + ما صحي
نصحيه + ما صحيت
نصحيها + ما … يرد
نصحيها + مش … يرد
نصحيها + مو … يرد
نصحيها + ما … ترد
نصحيها + مش … ترد
نصحيها + ما رد
نصحيها + ما ردت
نصحيها + ما … يتحرك
نصحيها + مش … يتحرك
نصحيها + ما … تتحرك
نصحيها + مش … تتحرك
نصحيها + ما … يصحى
نصحيها + مش … يصحى
نصحيها + ما … تصحى
نصحيها + مش … تصحى
نصحيها + ما صحي
نصحيها + ما صحيت
hazzeito + ma … yrod
hazzeita + ma … trod
3am hezzo + ma … yrod
3am hezza + ma … trod
nadeito + ma … yrod
nadeita + ma … trod
3am nsa7i + ma … yes7a
3am nsa7iha + ma … tes7a
3ayatna 3aleh + ma … yrod
3ayatna 3aleha + ma … trod
[urgent]
# Heavy bleeding in everyday words: gushing (بيشر، بيشخب، زي الحنفية), everything covered in blood
# (كله دم، الدم بكل مكان), soaked pads or dressings, Gulf, Iraqi and Maghrebi "a lot".
الدم بيشر
الدم عم يشر
عم يشر دم
بيشر دم
الدم بيشخب
الدم عم يشخب
عم يشخب دم
بيشخب دم
الدم يتدفق
الدم عم يتدفق
الدم بيتدفق
يتدفق منه الدم
دم … زي الحنفية
دم … متل الحنفية
دم … مثل الحنفية
دم … زي المية
دم … متل المي
دم … كالحنفية
نازل دم جامد
نازل دم بقوة
نازل دم وايد
دم وايد
دم واجد
دم هواية
دم بزاف
الدم بزاف
كيسيل الدم
الدم كيسيل
الدم … ما بغاش يحبس
ما بغاش يحبس الدم
الدم ما حبسش
ما حبسش الدم
كله دم
كلها دم
كلو دم
كل شي دم
مليان دم
مليانة دم
مليانه دم
الدم بكل مكان
الدم في كل مكان
دم بكل مكان
دم في كل مكان
في دم بكل مكان
الدم بكل محل
غرقان دم
غرقانة دم
غرقانه دم
غرق بالدم
غرقت بالدم
مغرق دم
الفوطة غرقانة
الفوطة غرقت
الفوطة تغرقت
غرقت الفوطة
فوطة ورا فوطة
الشاش غرقان
الشاش غرق
الضماد غرقان
الغيار غرقان
# Arabizi
el dam 3am ysherr
3am ysherr dam
bysherr dam
el dam bysherr
el dam 3am yshakhkheb
dam b kel mahal
dam bkel ma7al
dam b kel ma7al
dam fi kol makan
dam fe kol 7eta
el dam nazel zay el 7anafeya
dam zay el 7anafeya
dam metl el 7anafiye
nazef gamed
3am tenzef kteer
btenzef kteer
dam gamed
kollo dam
kello dam
kolo dam
kola dam
kella dam
dam wayed
dam bzaf
ddem bzaf
kaysil ddem
ddem ma bghach y7bes
ghar2an dam
ghar2ane dam
# Chest pressure as people describe it: something heavy, a stone or an elephant on the chest, a
# band or a hand squeezing (تقيل على صدري، حجر على صدري، شادد على صدري، عاصر صدري، خنقة في صدري).
تقيل … صدري
تقيل … صدره
تقيل … صدرها
تقيل … صدرو
تقيل … الصدر
تقيلة … صدري
تقيلة … صدره
تقيلة … صدرها
تقيلة … صدرو
تقيلة … الصدر
ثقيل … صدري
ثقيل … صدره
ثقيل … صدرها
ثقيل … صدرو
ثقيل … الصدر
ثقيلة … صدري
ثقيلة … صدره
ثقيلة … صدرها
ثقيلة … صدرو
ثقيلة … الصدر
تقل … صدري
تقل … صدره
تقل … صدرها
تقل … صدرو
تقل … الصدر
حجر … صدري
حجر … صدره
حجر … صدرها
حجر … صدرو
حجر … الصدر
حجرة … صدري
حجرة … صدره
حجرة … صدرها
حجرة … صدرو
حجرة … الصدر
صخرة … صدري
صخرة … صدره
صخرة … صدرها
صخرة … صدرو
صخرة … الصدر
صخر … صدري
صخر … صدره
صخر … صدرها
صخر … صدرو
صخر … الصدر
فيل … صدري
فيل … صدره
فيل … صدرها
فيل … صدرو
فيل … الصدر
حزام … صدري
حزام … صدره
حزام … صدرها
حزام … صدرو
حزام … الصدر
شادد … صدري
شادد … صدره
شادد … صدرها
شادد … صدرو
شادد … الصدر
شادة … صدري
شادة … صدره
شادة … صدرها
شادة … صدرو
شادة … الصدر
ضاغط … صدري
ضاغط … صدره
ضاغط … صدرها
ضاغط … صدرو
ضاغط … الصدر
ضاغطة … صدري
ضاغطة … صدره
ضاغطة … صدرها
ضاغطة … صدرو
ضاغطة … الصدر
عاصر … صدري
عاصر … صدره
عاصر … صدرها
عاصر … صدرو
عاصر … الصدر
عاصرة … صدري
عاصرة … صدره
عاصرة … صدرها
عاصرة … صدرو
عاصرة … الصدر
عصرة … صدري
عصرة … صدره
عصرة … صدرها
عصرة … صدرو
عصرة … الصدر
خنقة … صدري
خنقة … صدره
خنقة … صدرها
خنقة … صدرو
خنقة … الصدر
زيار … صدري
زيار … صدره
زيار … صدرها
زيار … صدرو
زيار … الصدر
قاعد على صدري
قاعد على صدره
قاعد على صدرها
قاعد على صدرو
قاعد على الصدر
قاعدة على صدري
قاعدة على صدره
قاعدة على صدرها
قاعدة على صدرو
قاعدة على الصدر
صدري معصور
صدره معصور
صدرها معصور
صدري مزير
صدري مخنوق
t2eel … sadri
t2il … sadri
ta2il … sadri
t2ile … sadri
to2l … sadri
7ajar … sadri
7ajra … sadri
sakhra … sadri
fil … sadri
daghet … sadri
daghta … sadri
5an2a … sadri
khan2a … sadri
sha7ed … sadri
ka2ano … 3ala sadri
7ada 2a3ed 3ala sadri
t2eel … sadro
7ajar … sadro
t2eel … sadra
7ajar … sadra
[urgent-combinations]
# --- The chest with cold or heavy sweating, with the left arm or shoulder, pain spreading, or the
# jaw ("صدري مش مرتاح وعرق بارد", "في شي بصدري وايدي الشمال بتوجعني", "الوجع بيمتد لحنكي").
صدري + عرق بارد
صدري + عرق* … كتير
صدري + عرق* … كثير
صدري + عرق* … وايد
صدري + عرق* … بزاف
صدري + يعرق* … كتير
صدري + يعرق* … كثير
صدري + تعرق* … كتير
صدري + تعرق شديد
صدري + تعرق بارد
صدري + عرق غزير
صدري + غرقان* عرق
صدري + غرقان* بالعرق
صدري + متعرق* … كتير
صدري + عرقان
صدري + عرقانة
صدري + عرقانه
صدري + ايد* الشمال
صدري + ايد* اليسار
صدري + ايد* اليسرى
صدري + يد* اليسرى
صدري + يد* اليسار
صدري + دراع* الشمال
صدري + ذراع* الأيسر
صدري + زند* الشمال
صدري + كتف* الشمال
صدري + كتف* الأيسر
صدري + يمتد* … ايد*
صدري + يمتد* … يد*
صدري + يمتد* … دراع*
صدري + يمتد* … ذراع*
صدري + يمتد* … كتف*
صدري + يمتد* … حنك*
صدري + بينزل على ايد*
صدري + فكي
صدري + فكه
صدري + فكها
صدري + فكو
صدري + الفك
صدري + حنكي
صدري + حنكه
صدري + حنكها
صدري + حنكو
صدره + عرق بارد
صدره + عرق* … كتير
صدره + عرق* … كثير
صدره + عرق* … وايد
صدره + عرق* … بزاف
صدره + يعرق* … كتير
صدره + يعرق* … كثير
صدره + تعرق* … كتير
صدره + تعرق شديد
صدره + تعرق بارد
صدره + عرق غزير
صدره + غرقان* عرق
صدره + غرقان* بالعرق
صدره + متعرق* … كتير
صدره + عرقان
صدره + عرقانة
صدره + عرقانه
صدره + ايد* الشمال
صدره + ايد* اليسار
صدره + ايد* اليسرى
صدره + يد* اليسرى
صدره + يد* اليسار
صدره + دراع* الشمال
صدره + ذراع* الأيسر
صدره + زند* الشمال
صدره + كتف* الشمال
صدره + كتف* الأيسر
صدره + يمتد* … ايد*
صدره + يمتد* … يد*
صدره + يمتد* … دراع*
صدره + يمتد* … ذراع*
صدره + يمتد* … كتف*
صدره + يمتد* … حنك*
صدره + بينزل على ايد*
صدره + فكي
صدره + فكه
صدره + فكها
صدره + فكو
صدره + الفك
صدره + حنكي
صدره + حنكه
صدره + حنكها
صدره + حنكو
صدرها + عرق بارد
صدرها + عرق* … كتير
صدرها + عرق* … كثير
صدرها + عرق* … وايد
صدرها + عرق* … بزاف
صدرها + يعرق* … كتير
صدرها + يعرق* … كثير
صدرها + تعرق* … كتير
صدرها + تعرق شديد
صدرها + تعرق بارد
صدرها + عرق غزير
صدرها + غرقان* عرق
صدرها + غرقان* بالعرق
صدرها + متعرق* … كتير
صدرها + عرقان
صدرها + عرقانة
صدرها + عرقانه
صدرها + ايد* الشمال
صدرها + ايد* اليسار
صدرها + ايد* اليسرى
صدرها + يد* اليسرى
صدرها + يد* اليسار
صدرها + دراع* الشمال
صدرها + ذراع* الأيسر
صدرها + زند* الشمال
صدرها + كتف* الشمال
صدرها + كتف* الأيسر
صدرها + يمتد* … ايد*
صدرها + يمتد* … يد*
صدرها + يمتد* … دراع*
صدرها + يمتد* … ذراع*
صدرها + يمتد* … كتف*
صدرها + يمتد* … حنك*
صدرها + بينزل على ايد*
صدرها + فكي
صدرها + فكه
صدرها + فكها
صدرها + فكو
صدرها + الفك
صدرها + حنكي
صدرها + حنكه
صدرها + حنكها
صدرها + حنكو
صدرو + عرق بارد
صدرو + عرق* … كتير
صدرو + عرق* … كثير
صدرو + عرق* … وايد
صدرو + عرق* … بزاف
صدرو + يعرق* … كتير
صدرو + يعرق* … كثير
صدرو + تعرق* … كتير
صدرو + تعرق شديد
صدرو + تعرق بارد
صدرو + عرق غزير
صدرو + غرقان* عرق
صدرو + غرقان* بالعرق
صدرو + متعرق* … كتير
صدرو + عرقان
صدرو + عرقانة
صدرو + عرقانه
صدرو + ايد* الشمال
صدرو + ايد* اليسار
صدرو + ايد* اليسرى
صدرو + يد* اليسرى
صدرو + يد* اليسار
صدرو + دراع* الشمال
صدرو + ذراع* الأيسر
صدرو + زند* الشمال
صدرو + كتف* الشمال
صدرو + كتف* الأيسر
صدرو + يمتد* … ايد*
صدرو + يمتد* … يد*
صدرو + يمتد* … دراع*
صدرو + يمتد* … ذراع*
صدرو + يمتد* … كتف*
صدرو + يمتد* … حنك*
صدرو + بينزل على ايد*
صدرو + فكي
صدرو + فكه
صدرو + فكها
صدرو + فكو
صدرو + الفك
صدرو + حنكي
صدرو + حنكه
صدرو + حنكها
صدرو + حنكو
الصدر + عرق بارد
الصدر + عرق* … كتير
الصدر + عرق* … كثير
الصدر + عرق* … وايد
الصدر + عرق* … بزاف
الصدر + يعرق* … كتير
الصدر + يعرق* … كثير
الصدر + تعرق* … كتير
الصدر + تعرق شديد
الصدر + تعرق بارد
الصدر + عرق غزير
الصدر + غرقان* عرق
الصدر + غرقان* بالعرق
الصدر + متعرق* … كتير
الصدر + عرقان
الصدر + عرقانة
الصدر + عرقانه
الصدر + ايد* الشمال
الصدر + ايد* اليسار
الصدر + ايد* اليسرى
الصدر + يد* اليسرى
الصدر + يد* اليسار
الصدر + دراع* الشمال
الصدر + ذراع* الأيسر
الصدر + زند* الشمال
الصدر + كتف* الشمال
الصدر + كتف* الأيسر
الصدر + يمتد* … ايد*
الصدر + يمتد* … يد*
الصدر + يمتد* … دراع*
الصدر + يمتد* … ذراع*
الصدر + يمتد* … كتف*
الصدر + يمتد* … حنك*
الصدر + بينزل على ايد*
الصدر + فكي
الصدر + فكه
الصدر + فكها
الصدر + فكو
الصدر + الفك
الصدر + حنكي
الصدر + حنكه
الصدر + حنكها
الصدر + حنكو
sadri + 3ara2 bared
sadri + 3re2 bared
sadri + 3ir2an
sadri + 3er2an
sadri + 3ar2an
sadri + 3am a3ra2
sadri + 3am ye3ra2
sadri + edi el shmal
sadri + eedi el shmal
sadri + idi el shemal
sadri + ido el shmal
sadri + iydi el shmal
sadri + dra3i el shmal
sadri + 7anaki
sadri + fakki
sadro + 3ara2 bared
sadro + 3re2 bared
sadro + 3ir2an
sadro + 3er2an
sadro + 3ar2an
sadro + 3am a3ra2
sadro + 3am ye3ra2
sadro + edi el shmal
sadro + eedi el shmal
sadro + idi el shemal
sadro + ido el shmal
sadro + iydi el shmal
sadro + dra3i el shmal
sadro + 7anaki
sadro + fakki
sadra + 3ara2 bared
sadra + 3re2 bared
sadra + 3ir2an
sadra + 3er2an
sadra + 3ar2an
sadra + 3am a3ra2
sadra + 3am ye3ra2
sadra + edi el shmal
sadra + eedi el shmal
sadra + idi el shemal
sadra + ido el shmal
sadra + iydi el shmal
sadra + dra3i el shmal
sadra + 7anaki
sadra + fakki
sedri + 3ara2 bared
sedri + 3re2 bared
sedri + 3ir2an
sedri + 3er2an
sedri + 3ar2an
sedri + 3am a3ra2
sedri + 3am ye3ra2
sedri + edi el shmal
sedri + eedi el shmal
sedri + idi el shemal
sedri + ido el shmal
sedri + iydi el shmal
sedri + dra3i el shmal
sedri + 7anaki
sedri + fakki
el sadr + 3ara2 bared
el sadr + 3re2 bared
el sadr + 3ir2an
el sadr + 3er2an
el sadr + 3ar2an
el sadr + 3am a3ra2
el sadr + 3am ye3ra2
el sadr + edi el shmal
el sadr + eedi el shmal
el sadr + idi el shemal
el sadr + ido el shmal
el sadr + iydi el shmal
el sadr + dra3i el shmal
el sadr + 7anaki
el sadr + fakki
[urgent]
# Suicidal thoughts: third person (ينتحر، بدو يقتل حالو، حاول ينتحر), Gulf ودي، Iraqi اريد، Maghrebi
# نحب نموت / حاب نموت، "I wish I were dead" (ياريتني ميت), tired of living (تعبت من العيشة), and Arabizi
# (2tol 7ali, bdi moot, bfakker bil enti7ar).
ينتحر
تنتحر
بينتحر
بتنتحر
بدو ينتحر
بدها تنتحر
حاول ينتحر
حاولت تنتحر
حاولت انتحر
محاولة انتحار
هدد ينتحر
هددت تنتحر
عايز ينتحر
عايزة تنتحر
يقتل نفسه
يقتل حاله
يقتل حالو
تقتل نفسها
تقتل حالها
يموت حاله
يموت حالو
تموت حالها
تموت نفسها
يأذي نفسه
يأذي حاله
يأذي حالو
تأذي نفسها
تأذي حالها
يأذي روحه
بيجرح حاله
بيجرح حالو
بتجرح حالها
عم يجرح حاله
عم تجرح حالها
يجرح نفسه
تجرح نفسها
يرمي حاله من
يرمي حالو من
ترمي حالها من
يرمي نفسه من
ترمي نفسها من
بدو يرمي حالو
بدها ترمي حالها
ودي اموت
ودي انتحر
اريد انتحر
اريد اموت
راح انتحر
رح انتحر
حاب نموت
نحب نموت
نحب نقتل روحي
بغيت نقتل روحي
ياريتني ميت
يا ريتني ميت
ياريتني ميتة
يا ريتني ميتة
ياريتني مت
يا ريتني مت
ليتني مت
ليتني ميت
ياريت اموت
يا ريت اموت
ريتني اموت
ياريتني ما انخلقت
تعبت من العيشة
زهقت من العيشة
مليت من حياتي
مليت من الحياة
قرفت من حياتي
خلص على حالي
اخلص على حالي
اخلص على نفسي
خلص على نفسي
بدي خلص على حالي
بدي ارتاح للأبد
ارتاح للأبد
بفكر اقتل حالي
عم فكر اقتل حالي
بفكر اموت حالي
بفكر بالموت
افكر بالموت
افكر في الموت
هنط من الشباك
هرمي نفسي من
# Arabizi
2tol 7ali
2tol nafsi
2tel 7ali
2atel 7ali
a2tel nafsi
bde 2tol 7ali
bdi 2tol 7ali
badi 2tol 7ali
baddi 2tol 7ali
bade 2tol 7ali
ba2tol 7ali
ha2tol nafsi
7a2tol 7ali
ha2tel nafsi
bfakker 2tol 7ali
3am fakker 2tol 7ali
3am fakker a2tol 7ali
bdi moot
bdi mout
bdy moot
baddi moot
bade moot
bde mout
bde moot
bedde mout
bidi mout
bidde mout
nfsi amout
nefsi amout
3ayez amout
3ayza amout
3ayza amot
abi amout
abgha amout
widdi amoot
wdi amout
areed amoot
ureed amoot
nheb nmout
n7eb nmout
7ab nmout
bdi ente7er
bdi enta7er
bde ente7er
baddi ente7er
badi ente7er
bfakker bil enti7ar
bfakker bl enti7ar
bfakker bel ente7ar
bfakker 2entehar
bfakar fel entehar
intihar
entehar
el entehar
el enti7ar
hente7er
hanta7er
ma bdi … 3ish
ma bdi … 3eesh
mabdi … 3ish
ma bde … 3eesh
ma baddi … 3ish
ma baddi … 3eesh
zhe2t mn 7ayati
zhe2t men 7ayati
zhe2t mn el 7aya
ta3bt mn 7ayati
ta3abt men 7ayati
ta3bet mn el 7aya
bdi 5alles 3a 7ali
bdi khalles 3ala 7ali
bde 5alles 3ala 7ali
bdi 2azi 7ali
3am 2azi 7ali
2azeit nafsi
ya reitni mayet
yaretni mayet
yareetni mit
ya retni mot
beddo yente7er
baddo yente7er
beda tente7er
badda tente7er
7awal yente7er
7awalet tente7er
beddo y2tol 7alo
baddo yi2tol 7alo
bedda to2tol 7ala
[opt_out]
# Stop the texts: Arabizi (ma baddi rasayel, wa2fouhon), messages/SMS/مسجات code-switched, Levantine
# حاج "enough", take me off the list (طلعوني، Maghrebi حيدوني), fed up with your messages, not your
# patient any more ("مش مريض عندكم" alone is also how a wrong number answers: left out).
ma baddi rasayel
mabaddi rasayel
ma baddi rasa2el
ma baddi rsayel
ma baddi masajat
ma baddi messages
ma badi messages
ma bdi messages
ma baddi msgs
ma badi msgs
ma baddi sms
ma badi sms
ma bdi sms
bala sms
bala messages
balash messages
ma baddi ywsalni rasayel
ma baddi yousalni rasayel
ma baddi tousalni rasayel
ma badi tousalni rasayel
ma bdi yousalni rasayel
ma bdi ywsalni rasayel
ma 3ad baddi rasayel
ma3ad baddi rasayel
ma 3ad bdi rasayel
mish 3ayez messages
mish 3ayez sms
mish 3awza rasayel
ma abi messages
ma abgha messages
ma abi sms
wa2fouhon
wa2fuhun
wa22fouhon
wa2fohom
wa2fouhom
wa2fouha
wa2fohon
wa2fo el messages
wa2fou el messages
wa2fo el sms
wa2fou el sms
stop el messages
stop el sms
stop el masajat
la teb3atouli messages
la tb3atouli sms
ma teb3atouli sms
la teb3atouli sms
la tersloli messages
la tersloli sms
7aj teb3atouli
7aj tba3touli
7aj teb3atou
7aj tb3atouli
7aj rasayel
tale3ouni mn el list
tal3ouni men el list
tala3ouni mn el list
tal3ouni mn el liste
tal3o ra2mi
tale3o ra2mi
7aydouni
7aydoni
7aydo ra9mi
7aydou ra2mi
7aydo ra2mi
ma bghitch lmessagat
ma bghitch les messages
ma bghitch rsayel
ma bghitch lmsajat
baraka mn les messages
baraka men lmessagat
حاج تبعتولي
حاج تبعتوا
حاج تبعتو
حاج رسايل
وقفوهن
وقفوهم
وقفوهن عني
وقفوهم عني
وقفوا عني الرسايل
وقفوا عني الرسائل
وقفوا عني المسجات
وقفوا عني التذكير
طلعوني من القائمة
طلعوني من الليستة
طلعوني من اللستة
طلعوني من القايمة
طلعوا رقمي
طلعو رقمي
شيلوني من اللستة
شيلوني من الليست
حيدو رقمي
حيدوا رقمي
حيدوني من الليستة
حيدوني من اللائحة
حيدوني
ما بدي sms
ما بدي اس ام اس
ما بدي messages
ما بدي ماسجات
ما ابي ماسجات
بلا ماسجات
بلا sms
مش عايز sms
مش عايز messages
ما ابي sms
ستوب الرسائل
ستوب الرسايل
ستوب رسايل
ستوب المسجات
stop الرسايل
stop الرسائل
stop المسجات
كفاية تبعتوا
كفاية تبعتولي
كفاية ترسلون
كافي ترسلون
كافي تدزون
بس بقى رسايل
مليت من رسايلكم
زهقت من رسايلكم
زهقتوني برسايلكم
زهقتوني بالرسايل
قرفتوني بالرسايل
ازعجتوني بالرسايل
ازعجتوني برسايلكم
ازعجتونا بالرسايل
مش عايز حد يبعتلي
مش عايزة حد يبعتلي
لا تبعتولي شي
ما تبعتولي شي
ما عدت مريض عندكم
ما عدت مريضة عندكم
ما عدت مريضه عندكم
ما عاد اتعالج عندكم
ما عدت اتعالج عندكم
مش مريض عندكم بعد اليوم
لم اعد مريضة لديكم
لم اعد مريضا لديكم
ما عدت من مرضاكم
ما عدت اراجع عندكم
[alone]
# The whole reply is "stop" or "enough" (كفاية!!، ايقاف، بركا، حلوا عني); inside a sentence these
# words mean other things ("ايقاف الدوا", "الدوا كافي").
إيقاف = opt_out
الإيقاف = opt_out
أوقف = opt_out
أوقفوا = opt_out
اوقفو = opt_out
وقفوها = opt_out
وقفوهن = opt_out
كفى = opt_out
كفاية = opt_out
كفايه = opt_out
يكفي = opt_out
بكفي = opt_out
بيكفي = opt_out
كافي = opt_out
خلاص كفاية = opt_out
كفاية بقى = opt_out
خلاص بقى = opt_out
خلاص بقا = opt_out
بس بقى = opt_out
بس خلص = opt_out
بركا = opt_out
بركا عليا = opt_out
صافي بركا = opt_out
حبس = opt_out
حبسو = opt_out
حبسوا = opt_out
حلوا عني = opt_out
حلو عني = opt_out
حل عني = opt_out
فكوني = opt_out
فكوا عني = opt_out
سيبوني في حالي = opt_out
سيبوني = opt_out
اتركوني = opt_out
اتركوني بحالي = opt_out
اتركوني في حالي = opt_out
خلوني بحالي = opt_out
ستوپ = opt_out
توقفوا = opt_out
kfaya = opt_out
kefaya = opt_out
kifaye = opt_out
kfaye = opt_out
bikaffi = opt_out
bkaffi = opt_out
bekaffi = opt_out
yekfi = opt_out
kafi = opt_out
barka = opt_out
wa2fo = opt_out
wa2fou = opt_out
wa22fo = opt_out
wa2fuhun = opt_out
7elo 3anni = opt_out
7ellou 3anne = opt_out
7ello 3anni = opt_out
fokkouni = opt_out
[symptom]
# Not responding to treatment or to a medicine: a symptom, not unconsciousness (the bare
# "ما عم يستجيب" is [urgent]; these longer phrases win).
ما عم يستجيب للعلاج
ما عم يستجيب للدوا
ما عم يستجيب للدواء
ما عم يستجيب للمضاد
ما بيستجيب للعلاج
ما بيستجيب للدوا
ما بيستجيب للدواء
ما بيستجيب للمضاد
ما يستجيب للعلاج
ما يستجيب للدوا
ما يستجيب للدواء
ما يستجيب للمضاد
لا يستجيب للعلاج
لا يستجيب للدوا
لا يستجيب للدواء
لا يستجيب للمضاد
مش بيستجيب للعلاج
مش بيستجيب للدوا
مش بيستجيب للدواء
مش بيستجيب للمضاد
مش مستجيب للعلاج
مش مستجيب للدوا
مش مستجيب للدواء
مش مستجيب للمضاد
مو مستجيب للعلاج
مو مستجيب للدوا
مو مستجيب للدواء
مو مستجيب للمضاد
ما عم تستجيب للعلاج
ما عم تستجيب للدوا
ما عم تستجيب للدواء
ما عم تستجيب للمضاد
ما بتستجيب للعلاج
ما بتستجيب للدوا
ما بتستجيب للدواء
ما بتستجيب للمضاد
ما تستجيب للعلاج
ما تستجيب للدوا
ما تستجيب للدواء
ما تستجيب للمضاد
لا تستجيب للعلاج
لا تستجيب للدوا
لا تستجيب للدواء
لا تستجيب للمضاد
مش بتستجيب للعلاج
مش بتستجيب للدوا
مش بتستجيب للدواء
مش بتستجيب للمضاد
مش مستجيبة للعلاج
مش مستجيبة للدوا
مش مستجيبة للدواء
مش مستجيبة للمضاد
ما في استجابة للعلاج
مافي استجابة للعلاج
لا توجد استجابة للعلاج
بدون استجابة للعلاج
ما في استجابة للدوا
