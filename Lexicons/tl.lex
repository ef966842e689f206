# Tagalog / Filipino (tl) reply lexicon for Parlance.
#
# What it is: the words and short phrases by which Filipino patients answer clinic text
# messages (appointment reminders, check-ins, lab and refill notices), sorted by intent.
#
# How it was written: from Tagalog as Filipinos really text, polite "po/opo" and all, with
# the Taglish code-switching that is the norm ("pa-resched po", "male-late po ako", "cancel ko
# na po", "noted po", "copy"), common texting spellings ("cge", "ndi", "pde", "ngaun") and
# Filipino health terms (high blood, binat, pasma, hinihika, dinudugo, nangingisay, bigti),
# and the red flags of shared/spec/intents.md rule 10. No line was copied from any
# evaluation corpus.
#
# Notes for reviewers:
# - "po", "na", "ako", "pa" sit between the words of almost every phrase ("hindi na po ako
#   makakapunta"), so many entries use the gap "…" (up to three words) to stay short and
#   general: "hindi … makakapunta", "hindi … makahinga".
# - Hyphenated Taglish ("pa-resched", "i-cancel") is listed with and without the hyphen.
# - Words on the left of [shorthand] (cge, ndi, pde, ngaun …) are rewritten before matching:
#   entries use the long forms.
@schema lexicon@1
@lang tl
@name Tagalog / Filipino (Tagalog)

[confirm]
# I will come / yes to the question asked.
oo
oo po
opo
oho
oo naman
opo naman
oo sige
opo sige
yes po
yes doc
yes dok
yes mam
yes ma'am
yup po
yep po
pupunta ako
pupunta po ako
pupunta po
pupunta kami
pupunta po kami
punta ako
punta po ako
makakapunta ako
makakapunta po ako
makakapunta po
makakapunta kami
makakarating ako
makakarating po
darating ako
darating po
dadating ako
dadating po
dadalo ako
dadalo po
a-attend
aattend
mag-attend
makaka-attend
makakaattend
attend po
andyan ako
andiyan ako
nandyan ako
nandiyan ako
nandyan po ako
nandiyan po ako
andun ako
nandoon ako
andito na ako
nandito na ako
andito na po
nandito na po
papunta na
papunta na po
papunta na ako
otw
on the way
nasa daan na
paalis na
tuloy
tuloy po
tuloy ako
tuloy pa rin
confirm*
kumpirm*
kinukumpirma
nakumpirma
walang problema
no problem po
kita tayo
kita kits
kitakits
see you po
asahan nyo po ako
asahan nyo ako
aasahan nyo
syempre
siyempre
pwedeng pwede
pwede naman
pwede po ako
pwede ako
g
gow
g po
go po
go na
game ako
✅
✔️
☑️

[cancel]
# I will not attend; release the slot (a bare "hindi" answers "OO para kumpirmahin, HINDI para i-cancel").
hindi
hindi po
di po
no po
nope po
hindi po ako makakapunta
hindi ako makakapunta
hindi … makakapunta
di … makakapunta
hindi … makapunta
di … makapunta
hindi … makakarating
di … makakarating
hindi … makarating
hindi … pupunta
di … pupunta
hindi … dadalo
hindi … makakadalo
di … makakadalo
hindi … makaka-attend
hindi … makakaattend
hindi … a-attend
hindi … aattend
hindi … available
di … available
hindi … pwede
di … pwede
not available
hindi na … kailangan
di na … kailangan
hindi … kaya … pumunta
hindi … kayang pumunta
di … kaya … pumunta
cancel*
i-cancel
icancel
pa-cancel
pacancel
ipacancel
paki-cancel
pakicancel
kansel*
ikansela
absent po
absent ako
mag-absent
a-absent
aabsent
may lakad
may pasok ako
may pasok po ako
may trabaho ako
busy po ako
busy ako
ayoko pumunta
ayoko nang pumunta
ayoko na pumunta
ayaw ko pumunta
ayaw ko nang pumunta
wag na po
wag na lang
huwag na po
huwag na lang
hindi na lang
di na lang
hindi na po
di na po
❌
✖️
# Added (tlfrvi): "nde/ndi/hnd" spelled out ([shorthand] applies only one short form per word).
nde … makakapunta
ndi … makakapunta
hnd … makakapunta
nde … makapunta
ndi … makapunta
nde … pupunta
ndi … pupunta

[reschedule]
# I want the appointment at another time.
resched*
re-sched
re sched
paresched
pa-resched
ipa-resched
ipaparesched
magpa-resched
magpaparesched
iresched
i-resched
rebook*
re-book
postpone*
ipostpone
pa-postpone
ipagpaliban
iurong
paurong
urong … schedule
iusog
pausog
pa-usog
usog … schedule
ilipat
palipat
ipalipat
lipat … schedule
lipat … sched
lipat … araw
lipat … petsa
lipat … appointment
pa-move
pamove
i-move
imove
ma-move
mamove
move … schedule
move … sched
move … appointment
move … date
palitan … schedule
palitan … sched
palitan … oras
palitan … araw
palitan … petsa
baguhin … schedule
baguhin … oras
ibang araw
ibang oras
ibang petsa
ibang schedule
ibang sched
ibang date
ibang time
ibang slot
bagong schedule
bagong sched
bagong appointment
bagong petsa
schedule ulit
sched ulit
set ulit
sa susunod na lang
next time na lang
next week na lang
bukas na lang
mamaya na lang
lunes na lang
martes na lang
miyerkules na lang
huwebes na lang
biyernes na lang
sabado na lang
linggo na lang
kailan po available
kailan available
kailan po pwede
may available
ibang available
available na araw
available na oras
available na slot
mas maagang oras
mas maagang schedule
# Added (tlfrvi): asking for a later / other part of the day, English "move".
mas late na oras
hapon na lang
umaga na lang
gabi na lang
can we move
pwede … move

[late]
# I am coming but will be late.
late
late po
late ako
late kami
late na
medyo late
late ng konti
late ng kaunti
konting late
running late
male-late
malelate
male late
ma-late
mala-late
malalate
mahuhuli
mahuli
nahuhuli
matatagalan
matagalan
natagalan
hindi … aabot
di … aabot
hindi … makakaabot
traffic
trapik
trapiko
traffik
na-traffic
natraffic
natrapik
stuck sa traffic
naipit … traffic
naiipit … traffic
naipit … trapik
papunta pa lang
paalis pa lang
kakaalis ko lang
kaaalis ko lang
nasa daan pa
hintayin nyo po ako
hintayin nyo ako
hintayin mo ako
pahintay
pakihintay
paki-hintay
hintay lang
antayin nyo ako
antayin nyo po ako
pa-antay
paantay
pakiantay
malapit na
ilang minuto na lang
konting minuto
nasiraan
naflat

[symptom]
# A non-emergency health complaint or concern (red flags go to [urgent]).
masama … pakiramdam
pakiramdam … masama
sama ng pakiramdam
masama … katawan
hindi … maganda … pakiramdam
di … maganda … pakiramdam
hindi … mabuti … pakiramdam
may sakit
maysakit
nagkasakit
sakit
masakit
sumasakit
kirot
kumikirot
sakit ng ulo
migraine
sikmura
kabag
nahihilo
nahilo
hilo
umiikot … paningin
vertigo
inuubo
ubo
umuubo
sipon
sinisipon
trangkaso
lagnat
nilalagnat
sinat
sinisinat
mainit … katawan
nasusuka
nagsusuka
nagsuka
pagsusuka
nagtatae
pagtatae
LBM
hirap dumumi
tibi
constipated
pantal
makati ang
nangangati
kati
allergy
namamaga
pamamaga
maga
manas
namamanas
pagod
nanghihina
hinang hina
mahina … katawan
walang gana
walang ganang kumain
hindi … makatulog
di … makatulog
puyat
malungkot
nalulungkot
lungkot
depress*
anxiety
anxious
kinakabahan
nag-aalala
nababahala
balisa
stress*
nai-stress
masama ang loob
side effect*
epekto … gamot
reaksyon sa gamot
allergic sa gamot
hindi … hiyang
di … hiyang
binat
nabinat
bughat
pasma
napasma
rayuma
pulikat
ngalay
nangangalay
manhid
namamanhid
pamamanhid
high blood
highblood
altapresyon
mataas … bp
mataas … blood pressure
mataas … presyon
mababa … bp
mataas … sugar
sugar … mataas
mataas … asukal
UTI
impeksyon
sugat
bukol
dumudugo
may dugo
balinguyngoy
lumalala
lumala
hindi … gumagaling
di … gumagaling
hindi pa rin magaling
mahapdi
hapdi
masakit … umihi
# A complaint that has stopped ("tigil na po ang lagnat"): longer than "tigil na" of [opt_out].
tigil na … sakit
tigil na … ubo
tigil na … lagnat
tigil na … sinat
tigil na … sipon
tigil na … kirot
tigil na … dugo
tigil na … pagdurugo
tigil na … pagsusuka
tigil na … pagtatae
# Added (tlfrvi): a rash that came up, "tinubuan".
nagkapantal
tinubuan … pantal
nagkarashes
rashes
# Added (red-flag pass): a chest pain or breathing trouble that has gone ("wala na po yung sakit sa dibdib").
wala na … sakit sa dibdib
wala na … sakit ng dibdib
nawala na … sakit sa dibdib
wala na … hirap huminga

[urgent]
# A possible emergency (intents.md rule 10): any red flag, even inside another intent.
# Chest pain or pressure.
sakit … dibdib
masakit … dibdib
sumasakit … dibdib
kumikirot … dibdib
kirot … dibdib
dibdib … masakit
dibdib … sumasakit
dibdib … sakit
dibdib … kumikirot
naninikip … dibdib
paninikip … dibdib
sumisikip … dibdib
masikip … dibdib
sikip … dibdib
dibdib … naninikip
dibdib … masikip
dibdib … sumisikip
mabigat … dibdib
dibdib … mabigat
chest pain
chest … masakit
masakit … chest
sakit … chest
atake … puso
inatake … puso
heart attack
# Trouble breathing.
hindi ako makahinga
hindi po ako makahinga
hindi … makahinga
di … makahinga
hirap huminga
hirap … huminga
nahihirapan … huminga
nahihirapang huminga
hirap … paghinga
hinihingal
hingal na hingal
kinakapos … hininga
kapos … hininga
hinahapo
hinihika
inatake … hika
inaatake … hika
sinusumpong … hika
sumpong … hika
atake … hika
nasasakal
short of breath
# Suicide, self-harm, overdose.
magpakamatay
nagpakamatay
magpapakamatay
pagpapakamatay
suicide
suicidal
gusto … mamatay
gustong mamatay
ayoko … mabuhay
ayaw … mabuhay
walang saysay … buhay
wala nang saysay … buhay
tapusin … buhay
wakasan … buhay
patayin … sarili
papatayin … sarili
saktan … sarili
sinasaktan … sarili
sasaktan … sarili
laslas
maglaslas
naglaslas
naglalaslas
bigti
magbigti
nagbigti
overdose
nag-overdose
nagoverdose
# Phrasings that carry their own negation ("hindi ko na kaya", "wala nang silbi ang buhay ko"):
# listed whole, with the "hindi"/"wala" inside them, so that the negation cannot flip them.
# (Gaps stand for "ko" and "ng", which other languages' shorthand may rewrite.)
hindi … na kaya
hindi … na po kaya
hindi … na talaga kaya
di … na kaya
di … na po kaya
di … na talaga kaya
hindi … gustong mabuhay
ayoko na … buhay
ayoko na … magising
ayoko nang magising
ayaw … na magising
ayaw … nang magising
walang silbi … buhay
wala nang silbi … buhay
buhay … walang silbi
buhay … wala nang silbi
buhay … walang saysay
buhay … wala nang saysay
walang kwenta … buhay
wala nang kwenta … buhay
buhay … walang kwenta
walang dahilan … mabuhay
wala … dahilan … mabuhay
pagod … mabuhay
pagod na … buhay
sana mamatay
sana … mamatay na ako
mamatay na lang ako
mabuti pang mamatay
mawala na lang ako
tatapusin … buhay
kitilin … buhay
kikitilin … buhay
sinaksak … sarili
# Cutting and other self-injury.
hiniwa … pulso
hiniwa … braso
hiniwa … sarili
nilaslas
laslasin
sinugatan … sarili
self harm
self-harm
ininom … lahat … gamot
uminom … maraming gamot
ininom ko lahat
lason
nalason
muriatic
mamamatay na
mamatay na ako
mamatay na po ako
naghihingalo
# Stroke signs.
stroke
na-stroke
nastroke
istrok
ngiwi … bibig
bibig … ngiwi
ngumiwi
tabingi … mukha
mukha … tabingi
tumabingi
lumaylay … mukha
mukha … lumaylay
nakalaylay … mukha
bulol … magsalita
nabubulol
bumubulol
hindi … makapagsalita
di … makapagsalita
hindi … maigalaw
di … maigalaw
hindi … maiangat
manhid … kalahati
kalahati … manhid
manhid … kaliwa*
manhid … kanan*
kaliwa* … manhid
kanan* … manhid
biglang … manhid
naparalisa
paralisado
paralyzed
# Heavy bleeding.
dinudugo
duguan
maraming dugo
ang daming dugo
daming dugo
sobrang dugo
malakas … pagdurugo
pagdurugo … malakas
malakas … dumudugo
dumudugo … malakas
hindi … tumitigil … dugo
di … tumitigil … dugo
ayaw … tumigil … dugo
hindi … tumigil … dugo
hindi … maampat … dugo
ayaw maampat
dugo … ayaw … tumigil
dugo … hindi … tumitigil
dugo … di … tumitigil
pagdurugo … hindi tumitigil
tuloy tuloy … dugo
umuubo … dugo
ubo … dugo
nagsusuka … dugo
sumuka … dugo
suka … dugo
# Fainting, unconsciousness.
nahimatay
hinimatay
nahihimatay
himatayin
hihimatayin
nawalan … malay
walang malay
hindi … magising
di … magising
bumagsak
nag-collapse
nagcollapse
nag-black out
nagblackout
# Seizure.
kombulsyon
kumbulsyon
kinukumbulsyon
nangingisay
nangisay
ngisay
seizure
nagseizure
nag-seizure
# Fever in a baby under three months, or during chemotherapy.
baby … lagnat
lagnat … baby
baby … nilalagnat
nilalagnat … baby
baby … mainit
baby … fever
sanggol … lagnat
lagnat … sanggol
sanggol … nilalagnat
newborn … lagnat
bagong panganak … lagnat
bagong silang … lagnat
chemo … lagnat
lagnat … chemo
chemo … nilalagnat
nilalagnat … chemo
chemo … fever
chemotherapy … lagnat
kemo … lagnat
lagnat … kemo
# Head injury (on blood thinners or not: a person should decide).
nauntog
na-untog
nabagok
bagok
tumama … ulo
ulo … tumama
nahulog … ulo
natumba … ulo
nadulas … ulo
pumutok … ulo
sugat … ulo
ulo … dumudugo
blood thinner … nahulog
blood thinner … natumba
pampalabnaw … nahulog
pampalabnaw … natumba
# Severe allergic reaction.
namamaga … lalamunan
lalamunan … namamaga
maga … lalamunan
lalamunan … nagsasara
nagsasara … lalamunan
sumasara … lalamunan
naninikip … lalamunan
lalamunan … sumisikip
namamaga … dila
dila … namamaga
namamaga … labi
labi … namamaga
namamaga … mukha
mukha … namamaga
allergic reaction
malalang allergy
maga … labi
maga … dila
maga … mukha
labi … maga
dila … maga
mukha … maga
anaphyla*
epipen
# Emergency words.
emergency
emerhensya
emerhensiya
urgent
saklolo
ambulansya
ambulance
911
tumawag … 911
isinugod
sinugod
isugod
dinala sa ER
nasa ER
nasa emergency
# Added (tlfrvi): pressure "as if something heavy sits on the chest", "parang inaatake sa puso".
nakadagan … dibdib
dibdib … nakadagan
nakapatong … dibdib
pinipiga … dibdib
inaatake … puso
# Texting spellings of "hindi" written out, because [shorthand] applies only one short form per word.
nde … makahinga
ndi … makahinga
hnd … makahinga
hndi … makahinga
# One side suddenly numb; worst headache of one's life.
namanhid … kalahati
kalahati … namanhid
pinakamasakit … ulo
sasabog … ulo
ulo … sasabog
# Pregnancy: the baby stopped moving.
hindi … gumagalaw … baby
di … gumagalaw … baby
hindi … maramdaman … galaw
di … maramdaman … galaw
walang galaw … baby
hindi … sumisipa … baby
di … sumisipa … baby
# Overdose in everyday words.
maraming tabletas
nakainom … maraming
stiff neck
bigat … dibdib
dibdib … bigat
# Added (ar-vi-tl). Waters broke in pregnancy (panubigan).
pumutok … panubigan
panubigan … pumutok
nabasag … panubigan
panubigan … nabasag
lumabas … panubigan
tumutulo … panubigan
panubigan … tumutulo
nag-leak … panubigan
nagleak … panubigan
water broke
water bag … pumutok
# Worst headache of one's life; pain that cannot be borne.
pinakamasakit sa buong buhay
pinakamatinding sakit
hindi … matiis … sakit
di … matiis … sakit
hindi ko na matiis
di ko na matiis
hindi na matiis
di na matiis
hindi … makayanan … sakit
di … makayanan … sakit
# Sudden confusion: no longer recognizes family, delirious, not in one's right mind.
biglang nalito
biglang nalilito
nalilito … bigla
hindi na … makilala
di na … makilala
hindi na … kami kilala
di na … kami kilala
nagdedeliryo
nagdideliryo
nagha-hallucinate
# Bleeding that will not stop.
walang tigil … dugo
walang tigil … pagdurugo
walang tigil … dumudugo
walang humpay … dugo
ayaw tumigil … dugo
hindi maampat
di maampat
# Passive wishes to die or disappear.
gusto … na lang mawala
gusto ko nang mawala
mawala na sa mundo
mawala sa mundo
ayoko na … mabuhay
# Not breathing; dying.
hindi … humihinga
di … humihinga
hindi na humihinga
nag-aagaw buhay
nag aagaw buhay
agaw buhay
biglang lumabo … paningin
# Overdose or poisoning of a child.
nakalunok … gamot
nakalunok … tableta
nakainom … ng lason
nakainom … muriatic
nakainom … zonrox
uminom … zonrox
wala … malay
wala nang malay
# Blood in vomit or cough, with the words the other way round ("may dugo sa suka ko").
dugo sa suka
dugo … suka
dugo … isinuka
dugo sa ubo
dugo … plema
plema … dugo
# Choking.
nabulunan
nabubulunan
nabilaukan
# Added (red-flag pass): chest squeezed ("pinipiga ang puso/dibdib").
pinipiga … puso
pinipiga … dibdib
piniga … dibdib
pinipisil … dibdib
parang may nakadagan … dibdib
# Added (red-flag pass): sudden one-sided weakness or numbness, face and arm, sudden loss of vision.
nanghina … kalahati
kalahati … nanghina
biglang nanghina
biglang … nanghina
namamanhid … kaliwa*
namamanhid … kanan*
namamanhid … mukha
manhid … mukha
biglang … namamanhid
nawala … paningin
nawalan … paningin
biglang … lumabo … paningin
biglang … lumabo … mata
hindi … makakita
di … makakita
nabulag
# Added (red-flag pass): heavy bleeding: pads every hour, bleeding that won't stop, after surgery or birth.
nagpapalit … napkin
palit … napkin … oras
puno … napkin
basang basa … napkin
lakas ng dugo
malakas … pagdurugo
ayaw … tumigil … pagdurugo
hindi … tumitigil … pagdurugo
di … tumitigil … pagdurugo
pagdurugo … ayaw … tumigil
dumudugo … tahi
tahi … dumudugo
dumudugo … operasyon
dumudugo … opera
nanganak … dugo
nanganak … dinudugo
# Added (red-flag pass): vomiting blood with the "nag-" and "na-" verb forms.
nagsuka … dugo
nasuka … dugo
nagsusuka ng dugo
# Added (red-flag pass): won't wake up (someone else).
ayaw magising
ayaw … magising
hindi magising
# Added (red-flag pass): passive ideation and overdose.
mabuti pang patay
mabuti pa … patay na ako
mabuti pang mamatay
sana patay na ako
sana mamatay na ako
nilunok … bote
nilunok … lahat
buong bote … gamot
buong bote … pills
isang buong bote
lahat ng pills
# Added (red-flag pass): swelling of lips, face, tongue, throat ("namaga", past tense).
namaga … labi
labi … namaga
namaga … mukha
mukha … namaga
namaga … dila
namaga … lalamunan
# Added (red-flag pass): "help me, quick".
tulungan … agad
tulungan … madali
tulong … madali
tulong tulong
pakitulungan … agad
# Added (red-flag pass): breathing typed short ("d aq mkahinga").
hindi … mkahinga
di … mkahinga
# Added (red-flag pass): "d" for "di" written out ([shorthand] rewrites all abbreviations of an entry at once).
d … makahinga
d … tumitigil … dugo
d … magising
# Added (red-flag pass): heavy bleeding after giving birth ("malakas pa rin ang dugo").
malakas … dugo

[urgent-combinations]
# Two facts that are a red flag together, each anywhere in the reply (a "…" entry cannot cross a comma); {temperature} = a fever-range number (38.5 / 39° / 101F).
lagnat + chemo*
nilalagnat + chemo*
sinat + chemo*
lagnat + kemo*
nilalagnat + kemo*
lagnat + nagchechemo
nilalagnat + nagchechemo
fever + chemo*
{temperature} + chemo*
{temperature} + kemo*
{temperature} + nagchechemo
lagnat + baby
nilalagnat + baby
sinat + baby
lagnat + sanggol
lagnat + newborn
lagnat + bagong panganak
lagnat + linggo pa lang
lagnat + weeks old
lagnat + 1 buwan
lagnat + 2 buwan
{temperature} + baby
{temperature} + linggo
{temperature} + 1 buwan
{temperature} + 2 buwan
ulo + pampalabnaw*
ulo + blood thinner*
ulo + warfarin*
ulo + Eliquis
ulo + Xarelto
nahulog + pampalabnaw*
natumba + pampalabnaw*
dumudugo + pampalabnaw*
dumudugo + blood thinner*
dumudugo + warfarin*
namamaga + hirap lumunok
namamaga + hindi … makalunok
labi + namamaga
dila + namamaga
# Added (tlfrvi): bleeding in pregnancy; fever with a stiff neck.
buntis + dugo
buntis + dinudugo
buntis + dumudugo
buntis + spotting
pregnant + dugo
pregnant + dinudugo
lagnat + matigas … leeg
lagnat + naninigas … leeg
lagnat + leeg … matigas
lagnat + leeg … naninigas
lagnat + stiff neck
# Added (ar-vi-tl): severe pain in pregnancy.
buntis + sobrang sakit
buntis + matinding sakit
buntis + sobrang sumasakit
pregnant + sobrang sakit
# Added (red-flag pass): chemo written with a verb prefix; a baby's age "1 buwan pa lang"; "mainit ang katawan".
lagnat + nagkemo
nilalagnat + nagkemo
lagnat + nagchemo
nilalagnat + nagchemo
{temperature} + nagkemo
{temperature} + nagchemo
nilalagnat + 1 buwan
nilalagnat + 2 buwan
nilalagnat + linggo pa lang
nilalagnat + weeks old
lagnat + buwan pa lang
nilalagnat + buwan pa lang
lagnat + days old
mainit + baby … months
mainit + baby … weeks
mainit + buwan pa lang
mainit ang katawan + baby
inaapoy + baby
# Added (red-flag pass): bleeding or spotting in pregnancy written as "preggy".
preggy + spotting
preggy + dugo
preggy + dinudugo
# Added (red-flag pass): heavy bleeding after giving birth.
nanganak + malakas … dugo
nanganak + dinudugo
nanganak + pagdurugo

[opt_out]
# Stop sending me messages (any clear request, whatever the case or spacing).
stop
stop na
stop po
paki-stop
pakistop
pa-stop
unsubscribe
unsub
tigil na
itigil nyo na
itigil na ninyo
itigil … text
itigil … message
tigilan nyo na ako
tigilan … ako
tama na … text
tama na … message
tama na … pagtext
wag … i-text
wag … itext
wag … ako … i-text
wag … ako … itext
huwag … i-text
huwag … itext
huwag … ako … i-text
huwag … ako … itext
wag … magtext
wag … mag-text
huwag … magtext
huwag … mag-text
wag … i-message
wag … ako … i-message
wag nyo na ako i-text
ayoko … makatanggap
ayaw … makatanggap
ayoko … text
ayaw ko ng text
ayoko na ng message
remove … number
tanggalin … number
alisin … number
burahin … number
tanggalin nyo ako
alisin nyo ako
paki-remove
# "Please stop" ("pakitigil na po"): in a reply to the clinic it can only mean the messages;
# "pakitigil … gamot" (a medicine) is in [other] as a longer match.
pakitigil
paki-tigil
tigilan … text
tigilan … pagtext
tigilan … pag-text
tigilan … ang pag text
tigilan … ang pagtext
tigilan … ang text
itigil … pagtext
itigil … pag-text
itigil … pagpapadala
# "Don't text me": with "akong" ("wag nyo na po akong i-text") and other verb forms.
wag … akong … i-text
wag … akong … itext
wag … akong … tetext
wag … akong … itetext
wag … akong … i-message
wag … akong … padalhan
wag … ako … tetext
wag … ako … padalhan
huwag … akong … i-text
huwag … akong … itext
huwag … akong … tetext
huwag … akong … itetext
huwag … akong … i-message
huwag … akong … padalhan
huwag … ako … tetext
huwag … ako … padalhan
wag … mag send
wag … magsend
huwag … mag send
huwag … magsend
# "I don't want / need any more texts or reminders".
ayoko … ng mga text
ayoko … message
ayoko … reminder
ayoko … paalala
ayaw … ng text
ayaw … ng mga text
ayaw … ng message
ayaw … reminder
ayaw … paalala
hindi … na kailangan … text
hindi … na kailangan … reminder
hindi … na kailangan … message
di … na kailangan … text
di … na kailangan … reminder
hindi … gusto … makatanggap
hindi … gustong makatanggap
di … gusto … makatanggap
# Take me off the list / delete my number.
pakitanggal … ako sa listahan
tanggalin … ako sa listahan
alisin … ako sa listahan
pakialis … ako sa listahan
pakitanggal … listahan
tanggalin … sa listahan
alisin … sa listahan
pakitanggal … sa list
tanggalin … sa list
pakitanggal … number
paki-tanggal … number
pakibura … number
paki-bura … number
pakidelete … number
paki-delete … number
delete … number
i-delete … number
# Added (ar-vi-tl): "don't text me", "I don't want texts", Taglish.
wag … ko … itext
wag … ko … i-text
huwag … ko … itext
wag na kayo mag text
wag na po kayo mag text
wag na kayo magtext
tigilan … pag text
ayaw ko na … text
ayoko na ng text
ayoko na … mga text
no more text
no more texts
pakistop … text
paki stop
# "ihinto" (the word of the STOP help text: "para ihinto ang mga text").
ihinto … text
ihinto … message
ihinto … mensahe
huminto … text
pahinto … text
tigil nyo na
tigil nyo na po
wag … ako … itetext
huwag … ako … itetext
wag … ako … i-tetext

[opt_in]
# Start sending me messages again.
start
unstop
subscribe
mag-subscribe
i-text nyo ulit ako
itext nyo ulit ako
i-text … ulit
itext … ulit
padalhan … ulit
gusto ko ulit makatanggap
gusto ko makatanggap
gusto kong makatanggap
ituloy … text
ituloy … message
ituloy … reminder
paki-text ulit
pa-text ulit
ibalik … text
ibalik … reminder
gusto ko ng reminder
resume
# "I sent STOP by mistake": listed whole, so that they win over the bare "stop" of [opt_out].
stop … by mistake
stop … accidentally
napindot … stop
napindot … yung stop
napindot … ang stop
na-type … stop
natype … stop
na-send … stop
nasend … stop
naisend … stop
mali ang stop
mali po ang stop
mali ang pag stop
mali ang pag-stop
nagkamali ako … stop
nagkamali po ako … stop
hindi … sinasadya … stop
hindi … sinasadyang … stop
di … sinasadya … stop
di … sinasadyang … stop
aksidenteng … stop
# Turn the texts back on / put me back on the list.
pa-on … ulit
paon … ulit
paki-on … ulit
pakion … ulit
i-on … ulit
pakibalik … listahan
ibalik … sa listahan
isama ulit … listahan
gusto … ulit makatanggap
makatanggap ulit
# Added (ar-vi-tl): "text me again" with "ulit" before the verb.
ulit … i-text
ulit … itext
ulit … padalhan
ulit ako i-text
pwede na ulit … text

[help]
# How does this service work / who is writing.
tulong
help po
paano po ito
paano ito
paano gamitin
paano sumagot
ano isasagot
ano po isasagot
sino po ito
sino ito
sino to
sino po sila
sino sila
sino po kayo
sino kayo
sino nagtext
sino po nagtext
anong clinic
anong ospital
saan galing
saan po galing
hindi … maintindihan
di … maintindihan
hindi … gets
di … gets
ano po ito
ano ito
ano to
ano po ibig sabihin
ano ibig sabihin
info
impormasyon

[other]
# Anything else a person should read: questions, wrong number, practical matters.
# ("itigil … gamot", "stop … gamot": a question about stopping a medicine, listed so a longer
# match can win over "tigil na", "pakitigil" and "stop" in [opt_out].)
wrong number
maling number
mali … number
wrong send
wrong sent
hindi ako si
di ako si
hindi ko kilala
di ko kilala
parking
magkano
bayad
philhealth
hmo
insurance
reseta
refill
resulta
lab result*
tawagan nyo ako
tawagan nyo po ako
pakitawagan
paki-call
may tanong
tanong lang
tanong ko lang
dadalhin
fasting
pumanaw na
namatay na
address
nasaan po
hindi … sure
di … sure
hindi ako sigurado
di ako sigurado
baka
siguro
interpreter
itigil … gamot
ititigil … gamot
tigil … gamot
pakitigil … gamot
stop … gamot
stop na … gamot
gamot … stop
stop … maintenance
# Added (red-flag pass): the ER bill, not an emergency.
bill sa emergency room
bill sa emergency
bayad sa emergency
singil sa emergency
emergency room bill
er bill

[ack]
# Neutral acknowledgements: confirm when the message asked for an answer, other when it asked nothing.
ok
ok po
okay
okay po
okey
okey po
oki
okie
okii
k
k po
kk
sige
sige po
sige sige
noted
noted po
copy po
copy that
roger
sure
sure po
ayos
ayos lang
ayos po
okay lang
ok lang
goods
gets
gets ko
gets po
naintindihan ko
natanggap ko
natanggap
received
received po
👍
👍🏻
👍🏼
👍🏽
👍🏾
👍🏿
👌
🆗

[thanks]
# Thanks, blessings and polite closings.
salamat
salamat po
maraming salamat
maraming salamat po
salamat ng marami
salamat nang marami
salamuch
slamat
thank you po
thank you
thanks po
thanks
ty po
ty
tnx
tnx po
thx po
tenkyu
tenks
God bless
God bless po
pagpalain kayo
ingat po
ingat
ingat kayo
🙏
🙏🏻
🙏🏽
🙏🏾

[negation]
# Negation cues and how many following words each negates (scope ends at punctuation).
hindi = 2
di = 2
wala = 2
walang = 2
huwag = 2
wag = 2
nde = 2
ndi = 2
hnd = 2

[reaction]
# Positive reactions as text from phones set to Filipino (most Filipino phones run in English: see en.lex).
Nagustuhan
Ni-like
Nag-like
Nag-react ng 👍 sa
Nag-react ng ❤️ sa
Nag-react ng 😂 sa
Tinawanan

[reaction-other]
# The other reactions as text: they mean "other".
Hindi nagustuhan
Kinuwestiyon
Nag-react ng 👎 sa

[words]
# Common Tagalog words, used only to tell which language a reply is in (none shared with fr, ht, en, es, pt).
po opo ako ang ng mga ko kayo bukas ngayon sa namin natin naman lang din rin
ba ito yung iyong yun iyon dito doon kasi talaga salamat hindi wala walang meron mayroon
kung nang kay nasa akin amin atin inyo sige magandang umaga hapon gabi tanghali
kailangan pwede puwede mamaya kanina kahapon niyo nyo ninyo sila siya kami tayo ikaw
mo niya nila sino saan bakit paano kailan gusto ayoko wag huwag oo nga pala daw muna
sana dahil pag kapag tsaka saka kaya lahat kuya yan iyan diyan dyan andyan nandito
pupunta makakapunta ngayong

[shorthand]
# Texting spellings rewritten before matching (so entries above use the long forms).
cge = sige
sge = sige
hinde = hindi
nde = hindi
ndi = hindi
hnd = hindi
hndi = hindi
d2 = dito
nmn = naman
nman = naman
lng = lang
kc = kasi
kse = kasi
sna = sana
bkas = bukas
bks = bukas
ngaun = ngayon
ngyn = ngayon
ngyon = ngayon
pde = pwede
pwde = pwede
puwede = pwede
slmt = salamat
mamya = mamaya
mya = mamaya
knina = kanina
kau = kayo
kyo = kayo
aq = ako
aku = ako
ung = yung
sked = sched
skedyul = schedule
iskedyul = schedule
txt = text
msg = message
# Not an abbreviation: "pa" is listed as itself so that another language's shorthand for it
# (es.lex: pa = para) conflicts and is not applied; otherwise entries with "pa" never match.
pa = pa
# Added (red-flag pass): "d" for "di", "mkahinga" for "makahinga".
d = di
mkahinga = makahinga

[minutes]
# Units after a number of minutes ("10 mins", "15 minuto").
min
mins
minuto
minutes

[hours]
# Units after a number of hours ("1 oras", "2 hrs").
oras
hr
hrs

[durations]
# Spelled-out durations, in minutes.
kalahating oras = 30
kalahati ng oras = 30
isang oras = 60
isang oras at kalahati = 90
dalawang oras = 120
limang minuto = 5
sampung minuto = 10
labinlimang minuto = 15
dalawampung minuto = 20
tatlumpung minuto = 30
konting minuto = 10

[when]
# Day and time words for reschedule requests (all weekday names listed in case ICU lacks them).
ngayon = +0d
ngayong araw = +0d
mamaya = +0d
bukas = +1d
kinabukasan = +1d
samakalawa = +2d
sa makalawa = +2d
makalawa = +2d
susunod na linggo = +1w
sa susunod na linggo = +1w
sa isang linggo = +1w
next week = +1w
sa isang buwan = +4w
lunes = weekday:1
martes = weekday:2
miyerkules = weekday:3
miyerkoles = weekday:3
huwebes = weekday:4
biyernes = weekday:5
byernes = weekday:5
sabado = weekday:6
linggo = weekday:7
umaga = morning
sa umaga = morning
madaling araw = morning
tanghali = afternoon
hapon = afternoon
sa hapon = afternoon
mamayang hapon = afternoon
gabi = evening
sa gabi = evening
mamayang gabi = evening
hatinggabi = night
bago = before
mas maaga = before
pagkatapos = after
mas huli = after
mas late = after

[option-words]
# Words that introduce an option number ("opsyon 2", "numero 1").
opsyon
numero
option
pili
sagot

# --- Mga red flag sa iba pang anyo (2026-12-03): "pagdugo" (pagdurugo), biglang pamamanhid ng
# isang panig ng katawan.
[urgent]
pagdugo … di … tumitigil
di … tumitigil … pagdugo
hindi … tumitigil … pagdugo
ayaw tumigil … pagdugo
biglang namanhid
namanhid … braso at binti
namanhid ang kanang
namanhid ang kaliwang
[opt_out]
pa-unsubscribe
paunsubscribe
pa unsubscribe

# 2026-12-03 (session 5): low mood, sleep and energy as a symptom; feeling better, bills and
# insurance, parking, directions and opening hours as [other]; "who is this / what are these
# texts"; pa-reschedule and changing the date; late with jeep/delay forms; more ways to stop
# the texts; red flags with "nananakit", "paghinga", "ulirat", bleeding that won't stop and
# passive wishes to die; declining and texting shorthand of "can't come" (hnd aq mkkpnta);
# work and family emergencies that only explain a cancellation.
[symptom]
# Low mood, worry, poor sleep, no energy (without self-harm: that stays [urgent]).
down ako
down po ako
medyo down
sobrang down
down na down
nalulumbay
malumbay
kalungkutan
mabigat … loob
bigat ng loob
wala sa mood
wala ako sa mood
wala akong gana
hirap matulog
hirap … makatulog
kulang sa tulog
walang tulog
insomnia
pagod na pagod
sobrang pagod
walang lakas
wala akong lakas
walang energy
matamlay
nanlalata
iyak … iyak
umiiyak
naiiyak
napapaiyak
hindi … mapakali
di … mapakali
ninenerbyos
nerbyos
kabado
praning
takot na takot
nagpapanic
nagpa-panic
overthink*
burnout
burned out
burnt out
drained
hindi ako ang dati
di ako ang dati
wala sa sarili
depresyon
mental health
[other]
# Feeling better, recovered: a health update a person may read, not a complaint.
magaling na ako
magaling na po ako
magaling na siya
magaling na sya
gumaling na
nakarecover na
naka-recover na
recovered na
better na ako
better na po ako
ok na ako
ok na po ako
okay na ako
okay na po ako
ayos na ako
ayos na po ako
ok na … pakiramdam
okay na … pakiramdam
ayos na … pakiramdam
mabuti na … pakiramdam
maayos na … pakiramdam
magaan na … pakiramdam
gumaan … pakiramdam
bumuti … pakiramdam
umayos … pakiramdam
pakiramdam … ok na
pakiramdam … okay na
pakiramdam … mabuti na
pakiramdam … maayos na
pakiramdam … gumaan
# Bills, charges, payment, insurance, receipts (longer than the [ack] "natanggap ko").
nakatanggap … bill
natanggap … bill
natanggap ko … bill
natanggap … billing
nakatanggap … singil
na-receive … bill
nareceive … bill
dumating … bill
may bill
singil
siningil
sinisingil
sisingilin
na-charge
nacharge
chinarge
kinaltasan
bakit may bayad
magbayad
nagbayad
bayaran
babayaran
binayaran
pagbabayad
utang ko
balanse
balance ko
may balance
resibo
receipt
official receipt
invoice
statement of account
co-pay
copayment
deductible
covered ba
covered po ba
sakop ba
sakop po ba
sagot ba ng
sagot po ba ng
libre ba
libre po ba
refund
presyo
consultation fee
professional fee
# Parking, directions, location and opening hours.
magpark
mag-park
mag park
magpapark
i-park
ipark
pumarada
paradahan
saan banda
saan … located
located
lokasyon
location
direksyon
paano pumunta
paano po pumunta
paano … makarating
anong floor
ilang floor
anong building
anong room
nasaan kayo
nasaan po kayo
bukas ba kayo
bukas po ba kayo
open ba kayo
open po ba kayo
anong oras kayo
anong oras po kayo
hanggang anong oras
sarado ba
sarado po ba
sarado kayo
nagsasara
magsasara
clinic hours
office hours
oras ng clinic
# Work and family emergencies that only explain a cancellation or a new time (a medical
# emergency in the same reply still reads as urgent through its own words).
emergency … trabaho
emergency … work
emergency … office
emergency … opisina
emergency … pamilya
emergency … family
emergency meeting
emergency leave
personal emergency
emerhensya … trabaho
emerhensya … pamilya
urgent … trabaho
urgent … work
urgent meeting
[help]
# Who is this, whose number, what are these texts, how does it work.
sino po to
sino … ito
sino … to
sino ka
kaninong number
kaninong numero
kanino … number
kanino … numero
kanino galing
kanino po galing
anong number ito
anong number to
anong number po ito
anong numero ito
ano … tong number
hindi ko kilala … number
di ko kilala … number
hindi ko kilala … numero
di ko kilala … numero
unknown number
ano … mga text
ano … mga message
ano … mga mensahe
para saan … text
para saan … message
para saan ito
para saan to
bakit … nagtetext
bakit … tinetext
bakit … nagte-text
bakit ako nakakatanggap
paano … sumagot
paano ito gumagana
paano to gumagana
paano po ito gumagana
paano po to gumagana
paano gumagana ito
paano gumagana to
paano … gamitin to
paano … gamitin ito
paano … mag-reply
paano … magreply
may tao ba
may tao po ba
robot ba
scam ba
scam po ba
[reschedule]
# pa-reschedule and its verb forms; change the date or time; another week or month.
pa-resched*
paresched*
ipa-resched*
ipaparesched*
magpa-resched*
magpaparesched*
i-resched*
iresched*
i-postpone
ipostpone*
pagpaliban
ipagpapaliban
papalitan … sched
papalitan … schedule
papalitan … oras
papalitan … petsa
papalitan … araw
papalitan … date
papalitan ko … sched
papalitan ko … schedule
papalitan ko … date
papalitan ko … oras
palitan ko … sched
palitan ko … schedule
palitan ko … date
pinapalitan … sched
palitan … date
palitan … time
palit sched
palit schedule
magpalit … sched
magpapalit … sched
change … sched
usog … araw
usog … petsa
usog … date
usog … oras
ibang linggo
ibang buwan
next month na lang
susunod na buwan na lang
susunod na linggo na lang
mas huling oras
move natin
[late]
# Late with the Tagalog verb forms, delays, no ride yet, still on the jeep or bus, overslept.
maglelate
magle-late
mag-late
na-late
nalate
na-delay
nadelay
delayed
naantala
naaantala
walang masakyan
wala pang masakyan
hirap sumakay
hirap makasakay
wala pang jeep
wala pang bus
nasa jeep pa
nasa bus pa
nasa biyahe pa
nasa byahe pa
tinanghali … gising
tinanghali ako
na-stranded
nastranded
[opt_out]
# More ways to say "stop sending me texts".
ayoko na ma-text
ayoko na matext
ayaw ko na ma-text
wag … magpadala
huwag … magpadala
wag … mag-message
huwag … mag-message
wag … magmessage
huwag … magmessage
tigil … pagtetext
tigilan … pagtetext
itigil … pagtetext
tigil … pagte-text
tigilan … pagte-text
sawa na … text
[urgent]
# Chest pain with "nananakit", breathing, fainting, bleeding that won't stop, passive wishes to die.
nananakit … dibdib
dibdib … nananakit
nahihirapan … paghinga
hirap … makahinga
hinahabol … hininga
habol … hininga
dami ng dugo
dami nang dugo
andaming dugo
hindi humihinto … dugo
di humihinto … dugo
ayaw huminto … dugo
dugo … ayaw huminto
dugo … hindi humihinto
tuloy-tuloy … dugo
bleeding … hindi tumitigil
bleeding … ayaw tumigil
malakas … bleeding
nag-faint
nagfaint
nag-pass out
nagpassout
nawalan … ulirat
wala … silbi … buhay
wala … kwenta … buhay
wala … saysay … buhay
mabuti pa kung wala na ako
mas mabuti kung wala na ako
sana wala na ako
sana wala na lang ako
sana hindi na ako nabuhay
sana di na ako nabuhay
[cancel]
# Declining, and "can't come" typed short (hnd aq mkkpnta = hindi ako makakapunta).
hindi … tutuloy
di … tutuloy
hnd … tutuloy
pass muna
pass na lang
pass na muna
hindi na muna
di na muna
skip ko muna
hindi … mkkpnta
di … mkkpnta
hindi … mkkpunta
di … mkkpunta
d … mkkpunta
hnd … mkkpunta
hindi … mkakapunta
di … mkakapunta
hnd … mkakapunta
hindi … mkpunta
di … mkpunta
hnd … mkpunta
hnd … makapunta
d … makapunta
d … makakapunta
hindi … mkkrating
di … mkkrating
hnd … mkkrating
hnd … makakarating
hnd … pupunta
d … pupunta
[shorthand]
mkkpnta = makakapunta
mkpunta = makapunta
mkkrating = makakarating
cno = sino

# 2026-12-03 (session 6): red flags in everyday Tagalog and Taglish: severe pain in pregnancy
# (buntis/preggy + grabe/sobrang/ayaw mawala ang sakit, early hilab), overdose and poisoning
# (isang banig, isang dakot, buong bote, maraming tableta; a child who ate the medicine; bleach,
# zonrox, panlinis, gaas), a relative who passed out or won't respond (bumulagta, ayaw dumilat,
# mahirap gisingin), heavy bleeding (bumubulwak, sumisirit, basang-basa ng dugo ang tuwalya),
# chest pressure (parang may nakaupo/nakadagan sa dibdib) and chest pain with cold sweat, arm or
# jaw, suicidal slang (pakamatay, magsuicide, sana kunin na ako ni Lord, sawa na sa buhay); bare
# TIGIL / HINTO / TAMA NA as the whole reply and more ways to say "stop texting me".
[urgent]
# Writhing in pain (namimilipit sa sakit).
namimilipit … sakit
namimilipit … tiyan
namimilipit … puson
# Pregnancy: contractions far too early, premature labour.
premature labor
manganganak nang maaga
mapapaanak nang maaga
maagang manganak
# Overdose: a handful of pills, mistaken for candy.
dakot … gamot
dakot … tableta
dakot … pills
sandakot … gamot
sandakot … tableta
sandakot … pills
napagkamalang candy
napagkamalan … candy
akala … candy … gamot
akala … candy … tableta
na-overdose
naoverdose
nag overdose
# Poisons that are only swallowed by accident or on purpose (bleach and cleaners are in [urgent-combinations]).
silver cleaner
lason sa daga
pesticide
insecticide
baygon
# Passed out, collapsed, won't wake or respond (of a relative).
bumulagta
nakabulagta
nakahandusay
biglang natumba
biglang bumagsak
nabuwal
ayaw dumilat
hindi dumidilat
di dumidilat
hindi … maidilat … mata
hindi gumigising
di gumigising
hindi … gumigising
mahirap gisingin
hirap gisingin
mahirap … gisingin
hirap … gisingin
hindi responsive
di responsive
hindi na responsive
nag-pass out
nagpass out
nag-passed out
na-blackout
nablackout
nagblack out
hinihimatay
nawalan ng malay-tao
walang ulirat
# Heavy bleeding: gushing, spurting, pouring, soaked through, blood everywhere.
bumubulwak … dugo
dugo … bumubulwak
bulwak … dugo
sumisirit … dugo
dugo … sumisirit
sirit … dugo
umaagos … dugo
dugo … umaagos
agos ng dugo
parang gripo … dugo
dugo … parang gripo
basang basa … dugo
basa ng dugo
nababad … dugo
babad … dugo
puno ng dugo
puro dugo
napuno … dugo
naliligo sa dugo
dugo kung saan saan
dugo kahit saan
tagos … benda
tumagos … benda
basang basa … benda
basang basa … tuwalya
basang basa … pasador
pasador … kada oras
pasador … bawat oras
napkin … kada oras
napkin … bawat oras
pad … kada oras
pad … bawat oras
hindi mapigilan … dugo
di mapigilan … dugo
hindi mapigil … dugo
hindi mapatigil … dugo
di mapatigil … dugo
hindi mapigilan … pagdurugo
nonstop … dugo
non-stop … dugo
nonstop … bleeding
grabe ang dugo
grabeng dugo
grabe … pagdurugo
grabe … bleeding
sobrang bleeding
# Chest pressure: someone sitting on the chest, an elephant, a rock, squeezed; tight or heavy "chest" in Taglish.
nakaupo … dibdib
dinadaganan … dibdib
dinaganan … dibdib
nadadaganan … dibdib
elepante … dibdib
dibdib … elepante
parang may bato … dibdib
iniipit … dibdib
naiipit … dibdib
pinipisil … puso
piniga … puso
mabigat … chest
chest … mabigat
bigat … chest
sikip … chest
masikip … chest
chest … masikip
naninikip … chest
chest … naninikip
nananakit … chest
sumasakit … chest
chest … sumasakit
pressure sa dibdib
pressure sa chest
# Suicidal slang and Taglish (pakamatay, magsuicide, end ko na, kunin na ako ni Lord, sawa na sa buhay).
pakamatay
magsuicide
nagsuicide
magsu-suicide
nagtangkang magpakamatay
nagpapakamatay
magbibigti
nagbibigti
pagbibigti
maglalaslas
naglalaslas ng pulso
tapusin ko na ang lahat
tapusin na ang lahat
tapusin ang lahat
tapusin ang lahat lahat
tatapusin ko na ang lahat
tapusin ko na lahat
wakasan ko na
end ko na … buhay
i-end … buhay
end … buhay ko
end ko na lahat
i-end ko na lahat
kunin na ako ni lord
kunin na … ni lord
kunin na ako ng diyos
kunin na … ng diyos
kunin na ako ng panginoon
sawa na … buhay
sawang sawa … buhay
suko na … buhay
sumusuko na … buhay
ayoko na sa buhay
iinom … lason
ininom … lason
[urgent-combinations]
# Severe pain in pregnancy: a pregnancy word + strong, unbearable or constant pain (anywhere in the reply).
buntis + grabe … sakit
buntis + grabeng sakit
buntis + napakasakit
buntis + sakit na sakit
buntis + masakit na masakit
buntis + sakit sakit
buntis + namimilipit
buntis + sobrang kirot
buntis + sakit … hindi mawala
buntis + sakit … ayaw mawala
buntis + sakit … hindi nawawala
buntis + sakit … di mawala
buntis + hindi mawala … sakit
buntis + ayaw mawala … sakit
buntis + hindi nawawala … sakit
buntis + di mawala … sakit
buntis + walang tigil … sakit
buntis + tuloy tuloy … sakit
buntis + sobrang pain
nagbubuntis + matinding sakit
nagbubuntis + grabe … sakit
nagbubuntis + grabeng sakit
nagbubuntis + napakasakit
nagbubuntis + sakit na sakit
nagbubuntis + masakit na masakit
nagbubuntis + sakit sakit
nagbubuntis + namimilipit
nagbubuntis + sobrang kirot
nagbubuntis + sakit … hindi mawala
nagbubuntis + sakit … ayaw mawala
nagbubuntis + sakit … hindi nawawala
nagbubuntis + sakit … di mawala
nagbubuntis + hindi mawala … sakit
nagbubuntis + ayaw mawala … sakit
nagbubuntis + hindi nawawala … sakit
nagbubuntis + di mawala … sakit
nagbubuntis + walang tigil … sakit
nagbubuntis + tuloy tuloy … sakit
nagbubuntis + sobrang pain
pregnant + matinding sakit
pregnant + grabe … sakit
pregnant + grabeng sakit
pregnant + napakasakit
pregnant + sakit na sakit
pregnant + masakit na masakit
pregnant + sakit sakit
pregnant + namimilipit
pregnant + sobrang kirot
pregnant + sakit … hindi mawala
pregnant + sakit … ayaw mawala
pregnant + sakit … hindi nawawala
pregnant + sakit … di mawala
pregnant + hindi mawala … sakit
pregnant + ayaw mawala … sakit
pregnant + hindi nawawala … sakit
pregnant + di mawala … sakit
pregnant + walang tigil … sakit
pregnant + tuloy tuloy … sakit
pregnant + sobrang pain
preggy + matinding sakit
preggy + grabe … sakit
preggy + grabeng sakit
preggy + napakasakit
preggy + sakit na sakit
preggy + masakit na masakit
preggy + sakit sakit
preggy + namimilipit
preggy + sobrang kirot
preggy + sakit … hindi mawala
preggy + sakit … ayaw mawala
preggy + sakit … hindi nawawala
preggy + sakit … di mawala
preggy + hindi mawala … sakit
preggy + ayaw mawala … sakit
preggy + hindi nawawala … sakit
preggy + di mawala … sakit
preggy + walang tigil … sakit
preggy + tuloy tuloy … sakit
preggy + sobrang pain
preggo + matinding sakit
preggo + grabe … sakit
preggo + grabeng sakit
preggo + napakasakit
preggo + sakit na sakit
preggo + masakit na masakit
preggo + sakit sakit
preggo + namimilipit
preggo + sobrang kirot
preggo + sakit … hindi mawala
preggo + sakit … ayaw mawala
preggo + sakit … hindi nawawala
preggo + sakit … di mawala
preggo + hindi mawala … sakit
preggo + ayaw mawala … sakit
preggo + hindi nawawala … sakit
preggo + di mawala … sakit
preggo + walang tigil … sakit
preggo + tuloy tuloy … sakit
preggo + sobrang pain
nagdadalang + matinding sakit
nagdadalang + grabe … sakit
nagdadalang + grabeng sakit
nagdadalang + napakasakit
nagdadalang + sakit na sakit
nagdadalang + masakit na masakit
nagdadalang + sakit sakit
nagdadalang + namimilipit
nagdadalang + sobrang kirot
nagdadalang + sakit … hindi mawala
nagdadalang + sakit … ayaw mawala
nagdadalang + sakit … hindi nawawala
nagdadalang + sakit … di mawala
nagdadalang + hindi mawala … sakit
nagdadalang + ayaw mawala … sakit
nagdadalang + hindi nawawala … sakit
nagdadalang + di mawala … sakit
nagdadalang + walang tigil … sakit
nagdadalang + tuloy tuloy … sakit
nagdadalang + sobrang pain
kabuwanan + matinding sakit
kabuwanan + grabe … sakit
kabuwanan + grabeng sakit
kabuwanan + napakasakit
kabuwanan + sakit na sakit
kabuwanan + masakit na masakit
kabuwanan + sakit sakit
kabuwanan + namimilipit
kabuwanan + sobrang kirot
kabuwanan + sakit … hindi mawala
kabuwanan + sakit … ayaw mawala
kabuwanan + sakit … hindi nawawala
kabuwanan + sakit … di mawala
kabuwanan + hindi mawala … sakit
kabuwanan + ayaw mawala … sakit
kabuwanan + hindi nawawala … sakit
kabuwanan + di mawala … sakit
kabuwanan + walang tigil … sakit
kabuwanan + tuloy tuloy … sakit
kabuwanan + sobrang pain
nagbubuntis + sobrang sakit
preggy + sobrang sakit
preggo + sobrang sakit
nagdadalang + sobrang sakit
kabuwanan + sobrang sakit
# Jumping from a bridge or building ("tatalon na lang ako sa tulay").
tatalon + tulay
tatalon + building
tatalon + gusali
tatalon + rooftop
tumalon + tulay
tumalon + building
tumalon + gusali
tumalon + rooftop
tumalon na lang + tulay
tumalon na lang + building
tumalon na lang + gusali
tumalon na lang + rooftop
# Contractions or labour pains months too early ("7 months pa lang humihilab na").
humihilab + buwan pa lang
humihilab + months pa lang
humihilab + linggo pa lang
humihilab + weeks pa lang
naghihilab + buwan pa lang
naghihilab + months pa lang
naghihilab + linggo pa lang
naghihilab + weeks pa lang
hilab + buwan pa lang
hilab + months pa lang
hilab + linggo pa lang
hilab + weeks pa lang
contractions + buwan pa lang
contractions + months pa lang
contractions + linggo pa lang
contractions + weeks pa lang
contraction + buwan pa lang
contraction + months pa lang
contraction + linggo pa lang
contraction + weeks pa lang
naglalabor + buwan pa lang
naglalabor + months pa lang
naglalabor + linggo pa lang
naglalabor + weeks pa lang
# Overdose: took / swallowed / ate a whole strip (banig), a handful, a whole bottle, many pills (first or third person).
ininom + dakot
ininom + maraming tablet*
ininom + maraming pill*
ininom + maraming gamot
ininom + daming tablet*
ininom + daming gamot
ininom + napakaraming gamot
ininom + napakaraming tablet*
uminom + dakot
uminom + maraming tablet*
uminom + maraming pill*
uminom + maraming gamot
uminom + daming tablet*
uminom + daming gamot
uminom + napakaraming gamot
uminom + napakaraming tablet*
nainom + dakot
nainom + maraming tablet*
nainom + maraming pill*
nainom + maraming gamot
nainom + daming tablet*
nainom + daming gamot
nainom + napakaraming gamot
nainom + napakaraming tablet*
nakainom + dakot
nakainom + maraming tablet*
nakainom + maraming pill*
nakainom + maraming gamot
nakainom + daming tablet*
nakainom + daming gamot
nakainom + napakaraming gamot
nakainom + napakaraming tablet*
nilunok + dakot
nilunok + maraming tablet*
nilunok + maraming pill*
nilunok + maraming gamot
nilunok + daming tablet*
nilunok + daming gamot
nilunok + napakaraming gamot
nilunok + napakaraming tablet*
lumunok + dakot
lumunok + maraming tablet*
lumunok + maraming pill*
lumunok + maraming gamot
lumunok + daming tablet*
lumunok + daming gamot
lumunok + napakaraming gamot
lumunok + napakaraming tablet*
nalunok + dakot
nalunok + maraming tablet*
nalunok + maraming pill*
nalunok + maraming gamot
nalunok + daming tablet*
nalunok + daming gamot
nalunok + napakaraming gamot
nalunok + napakaraming tablet*
nakalunok + dakot
nakalunok + maraming tablet*
nakalunok + maraming pill*
nakalunok + maraming gamot
nakalunok + daming tablet*
nakalunok + daming gamot
nakalunok + napakaraming gamot
nakalunok + napakaraming tablet*
kinain + dakot
kinain + maraming tablet*
kinain + maraming pill*
kinain + maraming gamot
kinain + daming tablet*
kinain + daming gamot
kinain + napakaraming gamot
kinain + napakaraming tablet*
nakain + dakot
nakain + maraming tablet*
nakain + maraming pill*
nakain + maraming gamot
nakain + daming tablet*
nakain + daming gamot
nakain + napakaraming gamot
nakain + napakaraming tablet*
# A whole strip (banig) or bottle swallowed: only with swallowing or eating, because "naubos/nainom ko na ang isang banig" asks for a refill.
nilunok + banig
nilunok + buong bote
lumunok + banig
lumunok + buong bote
nalunok + banig
nalunok + buong bote
nakalunok + banig
nakalunok + buong bote
kinain + banig
kinain + buong bote
nakain + banig
nakain + buong bote
# Sleeping pills in quantity.
sleeping pill* + maraming
sleeping pill* + daming
sleeping pill* + dakot
pampatulog + maraming
pampatulog + daming
pampatulog + dakot
# A child who ate medicine ("nakain ng anak ko yung gamot ko"): eating pills is not how medicine is taken.
nakain + gamot
nakain + tablet*
nakain + pill*
nakain + iron
nakain + ferrous
kinain + gamot
kinain + tablet*
kinain + pill*
kinain + iron
kinain + ferrous
nakakain + tablet*
nakakain + pill*
nakakain + iron
nakakain + ferrous
nakain + vitamins
nakain + bitamina
# Bleach, cleaners, kerosene swallowed or tasted (first or third person, children).
ininom + zonrox
ininom + clorox
ininom + chlorox
ininom + bleach
ininom + panlinis
ininom + kerosene
ininom + gaas
ininom + detergent
ininom + sabong panlaba
uminom + clorox
uminom + chlorox
uminom + bleach
uminom + panlinis
uminom + kerosene
uminom + gaas
uminom + detergent
uminom + sabong panlaba
nainom + zonrox
nainom + clorox
nainom + chlorox
nainom + bleach
nainom + panlinis
nainom + kerosene
nainom + gaas
nainom + detergent
nainom + sabong panlaba
nakainom + clorox
nakainom + chlorox
nakainom + bleach
nakainom + panlinis
nakainom + kerosene
nakainom + gaas
nakainom + detergent
nakainom + sabong panlaba
natikman + zonrox
natikman + clorox
natikman + chlorox
natikman + bleach
natikman + panlinis
natikman + kerosene
natikman + gaas
natikman + detergent
natikman + sabong panlaba
nakatikim + zonrox
nakatikim + clorox
nakatikim + chlorox
nakatikim + bleach
nakatikim + panlinis
nakatikim + kerosene
nakatikim + gaas
nakatikim + detergent
nakatikim + sabong panlaba
nalunok + zonrox
nalunok + clorox
nalunok + chlorox
nalunok + bleach
nalunok + panlinis
nalunok + kerosene
nalunok + gaas
nalunok + detergent
nalunok + sabong panlaba
nakalunok + zonrox
nakalunok + clorox
nakalunok + chlorox
nakalunok + bleach
nakalunok + panlinis
nakalunok + kerosene
nakalunok + gaas
nakalunok + detergent
nakalunok + sabong panlaba
tinungga + zonrox
tinungga + clorox
tinungga + chlorox
tinungga + bleach
tinungga + panlinis
tinungga + kerosene
tinungga + gaas
tinungga + detergent
tinungga + sabong panlaba
dinilaan + zonrox
dinilaan + clorox
dinilaan + chlorox
dinilaan + bleach
dinilaan + panlinis
dinilaan + kerosene
dinilaan + gaas
dinilaan + detergent
dinilaan + sabong panlaba
# A relative who does not respond when called or shaken ("tinatawag ko si lolo, hindi sumasagot").
tinatawag + hindi sumasagot
tinatawag + di sumasagot
tinatawag + hindi kumikibo
tinatawag + di kumikibo
tinatawag + walang response
tinatawag + hindi gumagalaw
ginigising + hindi sumasagot
ginigising + di sumasagot
ginigising + hindi kumikibo
ginigising + di kumikibo
ginigising + walang response
ginigising + hindi gumagalaw
niyuyugyog + hindi sumasagot
niyuyugyog + di sumasagot
niyuyugyog + hindi kumikibo
niyuyugyog + di kumikibo
niyuyugyog + walang response
niyuyugyog + hindi gumagalaw
# Heavy bleeding after surgery or giving birth, in plain words.
nanganak + buo buong dugo
nanganak + malalaking buo
kapapanganak + buo buong dugo
kapapanganak + malalaking buo
kakapanganak + buo buong dugo
kakapanganak + malalaking buo
panganganak + buo buong dugo
panganganak + malalaking buo
cesarean + buo buong dugo
cesarean + malalaking buo
operasyon + tagos … benda
operasyon + tagos … gasa
operasyon + basang basa … benda
operasyon + basang basa … gasa
inopera + tagos … benda
inopera + tagos … gasa
inopera + basang basa … benda
inopera + basang basa … gasa
naopera + tagos … benda
naopera + tagos … gasa
naopera + basang basa … benda
naopera + basang basa … gasa
naoperahan + tagos … benda
naoperahan + tagos … gasa
naoperahan + basang basa … benda
naoperahan + basang basa … gasa
surgery + tagos … benda
surgery + tagos … gasa
surgery + basang basa … benda
surgery + basang basa … gasa
tahi + tagos … benda
tahi + tagos … gasa
tahi + basang basa … benda
tahi + basang basa … gasa
# Chest pain or pressure with a cold sweat, the left arm or the jaw.
dibdib + malamig na pawis
dibdib + pinagpapawisan … malamig
dibdib + nanlalamig
dibdib + namamanhid … kaliwang braso
dibdib + nangangalay … kaliwang braso
dibdib + sakit … kaliwang braso
dibdib + panga
chest + malamig na pawis
chest + pinagpapawisan … malamig
chest + nanlalamig
chest + namamanhid … kaliwang braso
chest + nangangalay … kaliwang braso
chest + sakit … kaliwang braso
chest + panga
dibdib + left arm
dibdib + jaw
[opt_out]
# More ways to say "stop texting me": remove me, no more SMS, don't bother me, angry forms, Taglish.
i-remove … ako
iremove … ako
remove … ako
pakiremove
i-delete … ako
idelete … ako
delete … ako
burahin … ako
pakitanggal … ako
pakialis … ako
tanggalin … sa text
alisin … sa text
istop
pastop
no more message
no more messages
no more reminder
no more reminders
no more sms
wag … sms
huwag … sms
wag … mag sms
huwag … mag sms
wag … magsms
huwag … magsms
ayoko … sms
ayaw … sms
tigilan … sms
itigil … sms
wag … guluhin
huwag … guluhin
wag … istorbohin
huwag … istorbohin
wag … abalahin … text
nakakairita … text
nakakainis … text
nakakabwisit … text
bwisit … text
nakakairita … message
nakakainis … message
ang kulit … text
ayoko … ma-receive
ayoko … makareceive
ayaw … makareceive
ayaw … ma-receive
tumigil … text
tumigil … pagtext
tumigil … pagtetext
tumigil na kayo
tumigil na po kayo
hindi ko kailangan … text
di ko kailangan … text
[alone]
# Bare Tagalog words for STOP / ENOUGH, a stop request only as the whole reply ("TIGIL", "Hinto!").
tigil = opt_out
tigil po = opt_out
hinto = opt_out
hinto na = opt_out
hinto po = opt_out
itigil = opt_out
itigil na = opt_out
itigil po = opt_out
ihinto = opt_out
ihinto na = opt_out
tama na = opt_out
tama na po = opt_out
awat na = opt_out
tigilan nyo na = opt_out
tigilan na = opt_out
tigilan mo na = opt_out
[symptom]
# A pain, fever or bleeding that stopped ("nag-stop na yung sakit"): longer than the bare "stop" of [opt_out].
nag-stop … sakit
nag-stop … lagnat
nag-stop … dugo
nag-stop … ubo
nag-stop … pagsusuka
nag-stop … pagtatae
stop na … sakit
stop na … lagnat
stop na … dugo
stop na … ubo
sakit … nag-stop
dugo … nag-stop
[other]
# Taking medicine as prescribed is not an overdose: listed whole so it wins over the overdose words inside it.
ininom ko na po ang gamot ko
ininom ko na ang gamot ko
uminom na po ako ng gamot
uminom na ako ng gamot
nainom ko na po ang gamot ko
nainom ko na ang gamot ko
nakainom na po ako ng gamot
nakainom na ako ng gamot
# Finishing a course of medicine ("tapusin ang lahat ng gamot") is not "tapusin ang lahat" (end it all).
tapusin ang lahat ng gamot
tapusin ang lahat ng antibiotic
tapusin ang lahat ng tableta
tapusin ang lahat ng iniinom
tapusin ang lahat ng vitamins
[shorthand]
wg = wag
hwag = huwag
