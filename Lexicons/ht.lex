# Haitian Creole (ht) reply lexicon for Parlance.
#
# What it is: the words and short phrases by which Haitian patients, mostly in the United
# States, answer clinic text messages (appointment reminders, check-ins, lab and refill
# notices), sorted by intent.
#
# How it was written: from Kreyòl as Haitians really text it, with and without accents,
# in the standard spelling ("m pap ka vini", "m ap an reta", "doktè") and in the older
# French-influenced spellings ("moin", "mouin", "an retard", "douleur", "fièvre"), with the
# English that Haitian-Americans mix in ("m ap late", "cancel", "reschedule"), and the red
# flags of shared/spec/intents.md rule 10 in Haitian terms ("opresyon", "endispoze",
# "malkadi", "kout san", "anmwe"). No line was copied from any evaluation corpus.
#
# Notes for reviewers:
# - Write accents correctly (doulè, mèsi, dakò): the unaccented spellings match by themselves.
#   Apostrophes are dropped before matching, so "m'ap vini" arrives as "map vini": both the
#   spaced and the joined forms are listed where it matters ("m ap vini", "map vini").
# - Phrases of refusal are written without the pronoun where possible ("pap ka vini" covers
#   "m pap ka vini", "mwen pap ka vini", "nou pap ka vini").
# - "lestomak" means the chest as often as the stomach in Haitian usage: it is treated as
#   chest (urgent) on purpose.
# - Words on the left of [shorthand] (mw, moin, mpap, genyen …) are rewritten before matching:
#   entries use the long forms.
@schema lexicon@1
@lang ht
@name Haitian Creole (Kreyòl ayisyen)

[confirm]
# I will come / yes to the question asked.
wi
wi wi
wii
oui
wi m ap vini
m ap vini
map vini
mwen ap vini
m ap vin
map vin
n ap vini
nap vini
nou ap vini
m pral vini
mwen pral vini
m prale
n pral vini
m a vini
ma vini
m va vini
m ava vini
m ka vini
mwen ka vini
m ap la
map la
mwen ap la
n ap la
nap la
nou ap la
wi m la
m la wi
m la deja
m rive
m rive deja
m ap la a lè
m ap la alè
m ap prezan
map prezan
m ap pase
m ap rive
m nan wout
m sou wout
m an wout
m disponib
konfim*
m konfime
pa gen pwoblèm
pa gen pwob
okenn pwoblèm
san pwoblèm
san fòt
si Dye vle
si Bondye vle
si Dieu vle
a demen
n a wè
na wè
nou a wè
sa bon pou mwen
sa mache pou mwen
li bon pou mwen
egzat
sètènman
natirèlman
asire w
✅
✔️
☑️

[cancel]
# I will not attend; release the slot (a bare "non" answers "WI pou konfime, NON pou anile").
non
non mèsi
non non
pa … vini
pap … vini
p ap … vini
pa p … vini
pa … vin
pap … vin
pap vini
p ap vini
pa p vini
pap ka vini
pa ka vini
pa kapab vini
pa kab vini
pap la
p ap la
pa p la
pap ka la
pa ka la
pa … disponib
pa disponib
pap disponib
pa ka rive
pap ka rive
pa ka pase
pap ka pase
pa ka ale
pap ka ale
pa ka prezan
pap ka prezan
pap ka fè l
pa ka fè l
anil*
annul*
kansel*
kansl*
kansèl
cancel*
efase randevou
retire randevou
pa bezwen randevou a ankò
pa bezwen l ankò
pa bezwen ankò
pa posib
li pa posib
anpèchman
empèchman
❌
✖️

[reschedule]
# I want the appointment at another time.
chanje … randevou
chanje … rendez-vous
chanje … dat
chanje … lè
chanje … jou
chanje l pou
ranvwa*
repòt*
reporter
reporté*
remèt … randevou
deplase … randevou
avanse … randevou
resched*
reskedil*
reskejil*
rechedil*
reprogram*
yon lòt jou
lòt jou
yon lòt dat
lòt dat
yon lòt lè
lòt lè
yon lòt moman
yon lòt randevou
lòt randevou
nouvo randevou
nouvo dat
pran yon lòt randevou
ki lòt jou
ki lòt lè
ki jou ki disponib
ki lè ki disponib
disponiblite
fè l pou
mete l pou
mete randevou a pou
olye
pito lendi
pito madi
pito mèkredi
pito jedi
pito vandredi
pito samdi
pito demen
pito … maten
pito … apremidi
pito … semèn pwochèn
yon lè pi ta
yon lè pi bonè
lè pi ta

[late]
# I am coming but will be late.
an reta
anreta
reta
an retar
an retard
m ap an reta
map an reta
m an reta
yon ti reta
ti reta
m ap rive ta
rive … ta
ti jan ta
ti kras ta
pap rive a lè
pap rive alè
p ap rive a lè
pa p rive a lè
pap rive a tan
m ap late
map late
m late
late
trafik
nan trafik
blokis
bouchon
bloke … trafik
bloke … blokis
m bloke
bloke nan
kwense … trafik
kwense … blokis
m kwense
tann mwen
tann m
tanpri tann
ban m … minit
kèk minit
de twa minit
prèske rive
prèske la
m ap fè vit
m ap prese
rive talè
rate bis
rate … bis
rate tren
rate … tren
machin … pàn
machin … an pàn

[symptom]
# A non-emergency health complaint or concern (red flags go to [urgent]).
malad
m malad
mwen malad
pa santi m byen
pa santi mwen byen
pa santi byen
m pa byen
mwen pa byen
pa fin byen
pa twò byen
kò m pa bon
kò pa bon
kò … fè … mal
fè m mal
m mal
mwen mal
doulè
douleur
mal tèt
maltèt
tèt … fè … mal
tèt … vire
toudi*
vètij
vètiz
tèt lou
grip
lagrip
rim
nen … koule
touse
gen tous
tous la
lafyèv
lafièv
la fyèv
fyèv
fièv
fièvre
kò cho
kò m cho
fredi
frison
kè … tounen
anvi vomi
vomi
vonmi
vomisman
dyare
djare
vant … kouri
vant … fè … mal
mal vant
doulè … vant
gaz
konstipe
do … fè … mal
mal do
doulè … do
gòj … fè … mal
mal gòj
zòrèy … fè … mal
mal zòrèy
dan … fè … mal
mal dan
pye … fè … mal
janm … fè … mal
jenou … fè … mal
bra … fè … mal
je … fè … mal
grate
gratèl
bouton
pikotman
anfle
gonfle
enflamasyon
enfeksyon
enfekte
blese
blesi
boule … pipi
pipi … boule
senyen
san … soti
fatige
m fatige
bouke
m bouke
feblès
fèb
pa gen fòs
san fòs
kò lage
pa gen apeti
pa ka manje
tansyon
tansyon … wo
sik … wo
dyabèt
kè … bat fò
kè … sote
palpitasyon
angoudi
tranble
efè segondè
grenn yo … fè m
medikaman … fè m
pa ka dòmi
pa dòmi
lensomni
depresyon
deprime
tris
tristès
kè m tris
kè sere
tèt chaje
enkyè
enkyete
strès
estrès
angwas
panik
sezisman
move san
pa gen kouraj
pa ka ankò
bouke ak tout bagay
pi mal
vin pi mal
pa pi byen
toujou malad
rimatis
# A complaint that has stopped ("doulè a sispann", "tous la arete"): longer than the bare
# "sispann" / "arete" of [opt_out], so it wins over them.
doulè … sispann
doulè … arete
tous … sispann
tous … arete
touse … sispann
lafyèv … sispann
lafyèv … arete
fyèv … sispann
vomi … sispann
vomisman … sispann
vomisman … arete
dyare … sispann
dyare … arete
grate … sispann
maltèt … sispann
san an sispann
san an arete
senyen an sispann
senyen an arete
sispann senyen
arete senyen
sispann touse
arete touse
sispann vomi
arete vomi

[urgent]
# A possible emergency (intents.md rule 10): any red flag, even inside another intent.
# Chest pain or pressure ("lestomak" included: it often means the chest).
doul* … pwatrin
mal … pwatrin
pwatrin … fè … mal
pwatrin … mal
pwatrin … doulè
pwatrin … sere
pwatrin … peze
presyon … pwatrin
doul* … lestomak
lestomak … fè … mal
lestomak … sere
lestomak … peze
doul* … kè
kè … fè … mal
atak kè
atak kadyak
kriz kè
kriz kadyak
enfaktis
doulè … bra gòch
# Trouble breathing.
pa … respire
pap … respire
p ap … respire
pa ka respire
pa kapab respire
pa ka respirer
pa … pran souf
souf kout
kout souf
souf … kout
souf … koupe
manke souf
manke lè
toufe
toufman
respire … mal
difikilte … respire
pwoblèm … respire
pwoblèm respirasyon
opresyon
kriz opresyon
lèv … ble
# Suicide, self-harm, overdose.
touye tèt
swisid*
sisid
suicid*
vle mouri
anvi mouri
ta renmen mouri
pa vle viv
pa anvi viv
bouke viv
bouke ak lavi
fatige ak lavi
fini ak lavi
fini ak tèt mwen
mete fen … lavi
fè tèt mwen mal
blese tèt mwen
fè tèt mwen yon bagay
pann tèt
koupe venn
# Phrasings that carry their own negation ("m pa vle viv ankò"): listed whole, with the "pa"
# inside them, so that the negation cannot flip them.
pa vle … viv
pa anvi … viv
pa wè poukisa … viv
pa wè rezon … viv
pa gen rezon … viv
pa ka viv ankò
pa kapab viv ankò
pa ka viv konsa
pa vle … reveye
pa vle … egziste
lavi … pa vo anyen
lavi … pa gen sans
pa vo lapenn … viv
pi bon … mouri
pito mouri
fatige viv
bouke … viv
bouke … lavi
fatige … lavi
fini … lavi
pi byen san mwen
vle disparèt
anvi disparèt
touye kò
pran pwòp lavi
bwè klowòks
bwè kloròks
# Cutting and other self-injury.
koupe tèt mwen
koupe tèt m
koupe tèt li
koupe kò m
koupe kò mwen
koupe ponyèt
pwazon
bwè tout grenn
pran tout grenn
twòp grenn
twòp medikaman
ovèdoz
overdose
m ap mouri
map mouri
l ap mouri
lap mouri
pral mouri
# Stroke signs.
estwòk
stroke
kout san
konjesyon serebral
fè … konjesyon
yon AVC
fè … AVC
paraliz*
bouch … kwochi
bouch … vire
bouch … devye
figi … kwochi
figi … tonbe
figi … vire
lang … lou
lang … mare
pale … mele
pawòl … mele
pale … pa klè
pa ka pale byen
li pa ka pale
yon bò … mouri
yon bò … angoudi
angoudi … yon bò
yon bò … pa ka bouje
pa ka leve … bra
bra … pa ka leve
pa ka bouje … bra
bra … pa ka bouje
pa ka wè ankò
# Heavy bleeding.
senyen … anpil
san … koule anpil
anpil san
pèdi anpil san
san … pa vle kanpe
san … pa kanpe
san … pa sispann
senyen … pa kanpe
senyen … pa sispann
san … pa arete
san … pa vle arete
senyen … pa arete
emoraji
emoraj
vomi san
vonmi san
vomi … san
touse san
krache san
rann san
# Fainting, unconsciousness.
endispoze
pèdi konesans
pèdi konnesans
san konesans
blakawout
evanoui
tonbe … pa reponn
pa ka reveye
pa reveye
# Seizure.
fè kriz
fè yon kriz
pran kriz
tonbe nan kriz
malkadi
konvil*
# Fever in a baby under three months, or during chemotherapy.
bebe … lafyèv
bebe … lafièv
bebe … fyèv
bebe … fièvre
bebe … cho
bebe … tanperati
tibebe … lafyèv
nouvo ne … lafyèv
lafyèv … bebe
mwa gen … lafyèv
semèn gen … lafyèv
chimyo … lafyèv
kimyo … lafyèv
chimyoterapi … lafyèv
kimyoterapi … lafyèv
chemo … lafyèv
chimio … lafyèv
lafyèv … chimyo
lafyèv … kimyo
lafyèv … chemo
lafyèv … chimio
# Head injury (on blood thinners or not: a person should decide).
frape … tèt
tèt … frape
tonbe … tèt
kou nan tèt
pran … kou … tèt
tèt … blese
blese … tèt
tèt … fann
tèt … senyen
anticoagul* … tonbe
tonbe … anticoagul*
antikoagil* … tonbe
tonbe … antikoagil*
# Severe allergic reaction.
gòj … fèmen
gòj … anfle
gòj … gonfle
gòj … sere
lang … anfle
lang … gonfle
lèv … anfle
bouch … anfle
figi … anfle
alèji grav
gwo alèji
reyaksyon alèjik grav
anafilaksi
anaphyla*
lèv … gonfle
bouch … gonfle
figi … gonfle
gonfle … lèv
gonfle … figi
anfle … lèv
anfle … figi
gòj … bouche
epipen
# Emergency words.
ijans
ijan
irjans
urgence
urgent
sal ijans
nan ijans
sekou
anmwe
anbilans
ambilans
ambulance
911
rele 911
rele anbilans

[urgent-combinations]
# Two facts that are a red flag together, each anywhere in the reply (a "…" entry cannot cross a comma); {temperature} = a fever-range number (38.5 / 39° / 101F).
lafyèv + kimyo*
lafyèv + chimyo*
lafyèv + chimio*
lafyèv + chemo*
{temperature} + kimyo*
{temperature} + chimyo*
{temperature} + chimio*
{temperature} + chemo*
cho + kimyo*
cho + chimio*
lafyèv + bebe
lafyèv + tibebe
lafyèv + nouvo ne
lafyèv + fèk fèt
lafyèv + semèn
lafyèv + 1 mwa
lafyèv + 2 mwa
cho + bebe
{temperature} + bebe
{temperature} + semèn
{temperature} + 1 mwa
{temperature} + 2 mwa
tèt + anticoagul*
tèt + antikoagil*
tèt + eklèsi … san
tèt + Coumadin*
tèt + Eliquis
tèt + Xarelto
tonbe + anticoagul*
tonbe + Coumadin*
senyen + anticoagul*
senyen + eklèsi … san
senyen + Coumadin*
senyen + Eliquis
senyen + Xarelto
lèv + anfle
lang + anfle
anfle + pa ka vale
gonfle + pa ka vale

[opt_out]
# Stop sending me messages (any clear request, whatever the case or spacing).
stop
sispann
sispann voye
sispann ekri m
sispann tekste m
sispann … mesaj
sispann … tèks
pa voye m mesaj ankò
pa voye mesaj ankò
pa voye … ankò
pa ekri m ankò
pa tekste m ankò
pa vle mesaj
pa vle resevwa
pa bezwen mesaj
retire m
retire mwen
retire nimewo
efase nimewo
dezab*
dezinskri*
désabonn*
kite m anpè
kite m an pè
kite m trankil
ase ak mesaj
ase mesaj
ase tèks
ase ekri m
tanpri sispann
pa voye m mesaj
pa tekste m
pa voye rapèl ankò
pa vle rapèl
rete voye
rete ekri m
kanpe … mesaj
pa kontakte m ankò
sispann kontakte m
sispann rele m
pa rele m ankò
pa deranje m ankò
sispann deranje m
pa enterese
retire non m
efase m
anile abònman
unsubscribe
# "Arete" (stop), bare as a keyword and in phrases; its other uses ("doulè a arete",
# "m arete pran grenn yo", "lapolis arete") are listed in [symptom] and [other] as longer matches.
arete
arete voye
arete ekri m
arete tekste m
arete … mesaj
arete … tèks
arete rele m
kanpe voye
ase voye
# Take me off the list ("wete" is the everyday form of "retire").
wete m sou lis
wete mwen sou lis
wete non m
wete nimewo
efase m sou lis
# No more messages or reminders, in the ways people phrase it.
pa vle okenn mesaj
pa vle tèks
pa vle resevwa okenn
pa vle … voye m mesaj
pa vle … voye mesaj
pa bezwen okenn mesaj
pa bezwen tèks … ankò
pa bezwen rapèl … ankò
pa voye m okenn mesaj
pa voye okenn mesaj
pa kontakte m
pa kontakte mwen

[opt_in]
# Start sending me messages again.
start
unstop
rekòmanse voye
rekòmanse … mesaj
kontinye voye
ou mèt voye
nou mèt voye
vle resevwa mesaj
reabòne
re-abòne
abòne m
enskri m
kòmanse voye
rekòmanse
voye rapèl yo ankò
vle resevwa rapèl
m vle rapèl yo
reaktive
aktive mesaj yo
m vle tounen resevwa
# "I sent STOP by mistake": listed whole, so that they win over the bare "stop" / "arete" /
# "sispann" of [opt_out]. Only forms that cannot mean "it is no mistake" ("se pa erè").
stop pa erè
stop la pa erè
stop la … yon erè
stop pa aksidan
stop san fè espre
stop san m pa fè espre
arete pa erè
sispann pa erè
pa t vle voye stop
pa t vle ekri stop
pa t vle peze stop
pa t vle di stop
pat vle voye stop
pat vle ekri stop
pat vle peze stop
anile stop
# Put me back on the list.
remete m sou lis
remete mwen sou lis
remete nimewo
mete m sou lis la ankò
mete mwen sou lis la ankò
mete m tounen sou lis
retounen voye
tounen voye

[help]
# How does this service work / who is writing.
èd
m bezwen èd
ede m
enfòmasyon
enfo
info
help
kiyès ou ye
kiyes
kilès
ki moun sa
ki moun ou ye
se ki moun
ki moun k ap ekri m
pa konprann
kisa sa ye
kisa sa vle di
sa sa vle di
sa sa ye
kijan sa mache
kòman sa mache
kijan pou m reponn
kisa pou m reponn
ki klinik
ki lopital
ki doktè
kote mesaj sa soti
eksplike m

[other]
# Anything else a person should read: questions, wrong number, practical matters.
# ("sispann grenn", "arete medikaman": a question about stopping a medicine, listed so a
# longer match can win over the bare "sispann" and "arete" of [opt_out].)
move nimewo
pa bon nimewo
nimewo a pa bon
pa konnen moun sa
pa konn moun sa
kote pou m pake
pakin
pake machin
adrès
kote klinik la
konbyen
pri
peye
asirans
medicaid
medikèd
preskripsyon
renouvle
ranpli
rezilta
rele m
kesyon
yon kesyon
pale ak doktè a
pale ak yon moun
entèprèt
tradiktè
an kreyòl
papye
a jen
jene
pa sèten
petèt
pa konnen
li mouri
sispann grenn
sispann medikaman
sispann bwè
sispann pran
sispann fimen
arete grenn
arete medikaman
arete bwè
arete pran
arete fimen
lapolis arete
polis la arete
# "M sispann …", "li arete": a person or a complaint that stopped, not a request ("sispann voye",
# "arete voye" still match beside them); a bare "sispann"/"arete" is a request.
m sispann
mwen sispann
te sispann
li sispann
m arete
mwen arete
te arete
li arete

[ack]
# Neutral acknowledgements: confirm when the message asked for an answer, other when it asked nothing.
ok
oke
okay
okey
kk
dakò
m dakò
m resevwa
resevwa
m resevwa l
m resevwa mesaj la
byen resevwa
m konprann
konprann
m tande
tande
anfòm
byen
sa bon
se bon
li bon
bon
pafè
parfè
super
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
mèsi
mèsi anpil
mèsi anpil anpil
mèsi bokou
mèsi pou
mèsi doktè
mèrsi
merci
merci beaucoup
Bondye beni w
Bondye beni ou
Bondye beni nou
Bondye beni
Dye beni w
Dye beni ou
Bondye avèk ou
benediksyon
rete beni
remèsye
gras a Dye
gras a Bondye
bòn jounen
bòn aswè
bòn nuit
pase yon bon jounen
🙏
🙏🏽
🙏🏾
🙏🏿

[negation]
# Negation cues and how many following words each negates (scope ends at punctuation).
pa = 2
p ap = 2
pap = 2
pa p = 2
pat = 2
pa t = 2
poko = 2
okenn = 2
non = 1

# No [reaction] section: phones offer no Haitian Creole interface, so Haitian patients'
# phones report reactions in English or French (see en.lex and fr.lex).

[words]
# Common Kreyòl words, used only to tell which language a reply is in (none shared with fr, tl, en, es, pt).
mwen nou li pa ap pap map nap kounye kounyea jodi jodia demen denmen
mèsi wi anpil gen fè vini ka kapab pral vle bezwen konnen
kijan kòman koman poukisa kisa kiyès kilès kilè konbyen kote paske epi
tanpri souple bonjou bonswa doktè randevou lopital malad dakò
ki nan pou yon avèk avek ak tou twò ankò toujou byen isit lakay travay
wout maten aswè apremidi mwa bagay moun pitit manman zanmi rete dwe poko
okenn nenpòt pwoblèm Bondye beni moin mouin mw

[shorthand]
# Texting spellings rewritten before matching (so entries above use the long forms).
mw = mwen
mwn = mwen
moin = mwen
mouin = mwen
mwin = mwen
mpap = m pap
mpa = m pa
mpral = m pral
tnpri = tanpri
gin = gen
genyen = gen
kounya = kounye
kounyea = kounye a
kounyeya = kounye a
msi = mèsi
# Not abbreviations: "pa" and "a" are listed as themselves so that other languages' shorthand
# for them (es.lex: pa = para; vi.lex: a = anh) conflicts and is not applied; otherwise every
# entry with "pa" ("pa ka respire", "pa vle viv") or "a" would never match, and the "pa"
# negation cue would never fire.
pa = pa
a = a

[minutes]
# Units after a number of minutes ("15 minit", "10 min").
minit
minut
min
mn

[hours]
# Units after a number of hours ("1 èdtan an reta").
èdtan
zèdtan
h

[durations]
# Spelled-out durations, in minutes.
demi è = 30
demi èdtan = 30
yon demi èdtan = 30
yon ka èdtan = 15
yon èdtan = 60
inèdtan = 60
yon èdtan edmi = 90
inèdtan edmi = 90
dezèdtan = 120
de zèdtan = 120
senk minit = 5
dis minit = 10
kenz minit = 15
ven minit = 20
vennsenk minit = 25
trant minit = 30
karant minit = 40
karannsenk minit = 45
kèk minit = 10
yon ti moman = 10

[when]
# Day and time words for reschedule requests (ICU may lack Kreyòl weekday names: all listed).
jodi a = +0d
jodi = +0d
jodia = +0d
jodya = +0d
kounye a = +0d
demen = +1d
denmen = +1d
dmen = +1d
dmn = +1d
demin = +1d
apre demen = +2d
apredemen = +2d
semèn pwochèn = +1w
semenn pwochenn = +1w
lòt semèn = +1w
nan yon semèn = +1w
nan de semèn = +2w
mwa pwochen = +4w
lendi = weekday:1
madi = weekday:2
mèkredi = weekday:3
jedi = weekday:4
vandredi = weekday:5
samdi = weekday:6
dimanch = weekday:7
maten = morning
nan maten = morning
apremidi = afternoon
apre midi = afternoon
aswè = evening
nan aswè = evening
lannwit = night
nan nwit = night
anvan = before
avan = before
pi bonè = before
apre = after
pi ta = after
pita = after

[option-words]
# Words that introduce an option number ("opsyon 2", "chwa 1").
opsyon
chwa
nimewo
nimero
chif
repons
