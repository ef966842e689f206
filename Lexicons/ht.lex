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
# "I'm ready", "see you".
m pare
mwen pare
n pare
wè w demen
n a wè demen
san mank
m ap vini san mank
wi m dakò

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
pa ka fè randevou
pa vle randevou a ankò
pa bezwen randevou a
m pap ka fè l
m pa p ka fè l

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
vini pi ta
vin pi ta
ka vini pi ta
pi ta nan jounen an
chanje l
deplase l
ranje yon lòt lè
m ta renmen chanje
# "eske m ka vini madi?": asking for another day or part of the day
ka vini … lendi
ka vin … lendi
ka vini … madi
ka vin … madi
ka vini … mèkredi
ka vin … mèkredi
ka vini … jedi
ka vin … jedi
ka vini … vandredi
ka vin … vandredi
ka vini … samdi
ka vin … samdi
ka vini … maten
ka vin … maten
ka vini … apremidi
ka vin … apremidi
ka vini … pi bonè
ka vin … pi bonè
ka vini … apre demen
ka vin … apre demen

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
retade
m retade
m ap retade
vin ta
vini ta
m ap vin ta
rive an reta
ap ta
m ap ta
ti kras an reta

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
# ("tansyon" alone is blood pressure in general, e.g. a refill question: only a reading or a complaint is a symptom.)
gen tansyon
tansyon … monte
tansyon … ba
tansyon … desann
tansyon … pa bon
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
# (The "feeling better" phrases listed here first were moved to [other] in session 5,
# 2026-12-03: a recovery with nothing to act on is "other".)
# Blood coming out (narrowed: "rezilta tès san an soti" is a lab question, see [other]).
san ap soti
san k ap soti
san soti nan
gen san ki soti
san nan pipi
san nan poupou
nen … senyen
# Other common complaints.
tèt fè mal
vant fè mal
do fè mal
kè plen
anvi vonmi
gen gaz
lestomak boule
zo fè mal
jwenti fè mal
maladi
tous sèk
tous … pa ale
# Common illnesses named by the patient.
saranpyon
varisèl
malarya
palidis
tifoyid
kolera
chikungunya
zika
nemoni
bwonchit
sinizit
# Blood pressure readings ("tansyon m 180 sou 110").
tansyon … sou

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
# Pregnancy danger signs: the baby not moving, the waters breaking ("kase lezo", "pòch dlo a pete"), bleeding, labour.
tibebe … pa bouje
bebe … pa bouje
pitit … pa bouje … vant
pa santi … bebe … bouje
pa santi … tibebe … bouje
pa santi … pitit … bouje
bebe … sispann bouje
tibebe … sispann bouje
pitit … sispann bouje
kase lezo
lezo … kase
pòch dlo
dlo … pete
dlo m kase
pèdi dlo
ansent … senyen
ansent … pèdi san
ap akouche
# Sudden confusion ("li pa rekonèt pèsonn", "l ap depale").
pa rekonèt pèsonn
pa rekonèt moun
pa rekonèt fanmi
li konfyouz
li konfize
li an konfizyon
li nan konfizyon
depale
delir*
bagay ki pa gen sans
koze ki pa gen sans
pawòl ki pa gen sans
pa konn kote l ye
pa konnen kote l ye
pèdi tèt li
tèt li pa la
# Severe pain ("m pa ka sipòte", "doulè atwòs").
doulè … pa ka sipòte
doulè … pa kapab sipòte
pa ka sipòte … doulè
doulè … twò fò
doulè … grav
doulè atwòs
doulè terib
pi move tèt fè mal
pi gwo tèt fè mal
pi move maltèt
pi gwo maltèt
# Poisoning: bleach ("klorox", "javèl"), poison, a whole bottle of pills.
bwè … klorox
bwè … klowòks
bwè … kloròks
bwè … javèl
vale … klorox
vale … javèl
bwè … pwazon
vale … pwazon
pran pwazon
vale tout grenn
vale … tout grenn
pran … tout grenn yo
bwè … tout grenn yo
tout boutèy grenn
# Self-harm, more forms.
vle touye m
anvi touye m
fè tèt m mal
blese tèt m
touye tèt m
# Breathing and chest, more forms ("pa ka jwenn souf", "pwatrin mwen lou").
pa … jwenn souf
respirasyon … difisil
gen difikilte pou respire
pwatrin … lou
pwatrin … boule
pwatrin … fèmen
pwatrin … toufe
doul* … poitrine
poitrine … fè … mal
kriz dopresyon
kriz lasm
kriz asm
# Stroke: numb or dead arm, leg, one side.
pa santi bra
pa santi yon bò
pa santi janm
pa ka santi bra
pa ka santi janm
yon bò … lou
yon bò kò … pa mache
# Heavy bleeding, more forms.
san … pa vle sispann
senyen … pa vle sispann
senyen … pa vle kanpe
senyen … pa vle arete
pèdi san anpil
senyen twòp
twòp san
senyen … san rete
# Fainting, seizure.
endispozisyon
kriz epilepsi
epilepsi
# Seizure ("li gen kriz", "l ap tranble li tonbe") and a pile of pills taken to die.
gen kriz
gen yon kriz
kriz … tranble
tranble … tonbe
bwè … bann grenn
pran … bann grenn
vale … bann grenn
bwè anpil grenn
vale anpil grenn
pou m mouri
pou m ka mouri
# Bleeding from the mouth, ears or eyes.
senyen … bouch
senyen … zòrèy
senyen … je
# "pa bouch" is "through the mouth": listed whole so that this "pa" is not read as a negation.
senyen pa bouch
senyen pa nen
senyen pa zòrèy
san … pa bouch
san … pa nen
# Hypertensive crisis ("kriz tansyon", 200 and above).
kriz tansyon
tansyon … 200
tansyon … 210
tansyon … 220
sèl bò … angoudi
yon sèl bò … mouri
bò kò … angoudi
soufri … pwatrin
soufri … kè
ap pèdi san
pa konnen kiyès li ye
pa konn kiyès li ye
pa konnen ki moun li ye
pa rekonèt kiyès
# "li pa gen konesans" (unconscious), "pa gen pouls": listed whole so that the "pa gen" negation cannot cancel them.
pa gen konesans
pa gen pouls
# Added (red-flag pass): something pressing or squeezing the chest.
peze … pwatrin
sere … pwatrin
peze … lestomak
# Added (red-flag pass): sudden loss of sight in one eye.
pa ka wè … yon je
pa wè … yon je
pa wè anyen … je
je … pa ka wè
pèdi je
vin avèg
pèdi vizyon
# Added (red-flag pass): a pad soaked every hour ("kotèks", "pad", "sèvyèt").
kotèks … èdtan
kotèks … inèdtan
kotex … èdtan
kotex … inèdtan
pad … èdtan
pad … inèdtan
sèvyèt … èdtan
sèvyèt … inèdtan
tranpe … kotèks
tranpe … pad
# Added (red-flag pass): a seizure told by its signs (shaking and drooling, foam at the mouth).
tranble … bave
bave … tranble
kim nan bouch
kimen nan bouch
# Added (red-flag pass): a hot baby written with the English "baby".
baby … cho
baby … lafyèv
# Added (red-flag pass): passive ideation and overdose.
renmen disparèt
disparèt pou tout tan
disparèt pou toujou
pa ka sipòte lavi
pa kapab sipòte lavi
pa ka sipòte … lavi
pa ka ankò ak lavi
boutèy grenn
tout yon boutèy
vale … boutèy
vale … pakèt grenn
bwè … pakèt grenn
# Added (red-flag pass): not wanting to wake up; "no one will miss me"; ending it all.
pa vle leve ankò
pou m pa leve ankò
pral fini ak tout bagay
vle fini ak tout bagay
pèsonn pap sonje m
pèsonn p ap sonje m
# Added (red-flag pass): sleeping never to wake up.
dòmi pou m pa leve
dòmi … pa janm leve
pa janm leve ankò

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
# A baby's age is "li gen 3 semèn" / "gen 2 mwa": "gen N semèn" and not a bare "semèn" (so "m te gen lafyèv semèn pase" is not read as a baby).
lafyèv + gen 1 semèn
lafyèv + gen 2 semèn
lafyèv + gen 3 semèn
lafyèv + gen 4 semèn
lafyèv + gen 5 semèn
lafyèv + gen 6 semèn
lafyèv + gen 7 semèn
lafyèv + gen 8 semèn
lafyèv + gen 9 semèn
lafyèv + gen 10 semèn
lafyèv + gen 11 semèn
lafyèv + gen 12 semèn
lafyèv + gen yon semèn
lafyèv + gen de semèn
lafyèv + gen twa semèn
lafyèv + gen kat semèn
lafyèv + gen senk semèn
lafyèv + gen sis semèn
lafyèv + gen 1 mwa
lafyèv + gen yon mwa
lafyèv + gen en mwa
lafyèv + gen 2 mwa
lafyèv + gen de mwa
cho + bebe
{temperature} + bebe
{temperature} + gen 1 semèn
{temperature} + gen 2 semèn
{temperature} + gen 3 semèn
{temperature} + gen 4 semèn
{temperature} + gen 5 semèn
{temperature} + gen 6 semèn
{temperature} + gen 7 semèn
{temperature} + gen 8 semèn
{temperature} + gen yon semèn
{temperature} + gen de semèn
{temperature} + gen twa semèn
{temperature} + gen kat semèn
{temperature} + gen 1 mwa
{temperature} + gen yon mwa
{temperature} + gen 2 mwa
{temperature} + gen de mwa
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
# Pregnancy and bleeding or the baby not moving, in different clauses.
ansent + senyen
gwosès + senyen
ansent + pa bouje
ansent + kase lezo
# Pain the person cannot bear; the worst headache ever.
doul* + pa ka sipòte
doul* + pa kapab sipòte
fè mal + pa ka sipòte
maltèt + pa janm gen yon konsa
tèt fè mal + pa janm gen yon konsa
maltèt + pa janm santi
tèt fè mal + pa janm santi
# Fell and does not answer.
tonbe + pa reponn
tonbe + pa ka reveye
# Fever in a baby (other spellings) or during chemotherapy.
fyèv + bebe
fièvre + bebe
fyèv + tibebe
{temperature} + tibebe
cho + tibebe
fyèv + chimyo*
fièvre + chimio*
fyèv + kimyo*
lafyèv + kansè
{temperature} + kansè
# Pregnancy danger signs beside the pregnancy: blurred vision, severe headache, swollen face, high pressure, seizure.
ansent + je … twoub
ansent + vizyon … twoub
ansent + gwo tèt fè mal
ansent + gwo maltèt
ansent + figi … anfle
ansent + tansyon … wo
ansent + konvil*
ansent + kriz
# A baby's age written as "pitit mwen 2 mwa" or "li fèt 3 semèn" beside a fever or a hot body.
pitit … mwa + lafyèv
pitit … mwa + cho anpil
pitit … semèn + lafyèv
pitit … semèn + cho
fèt … semèn + lafyèv
fèt … semèn + cho
fèt … jou + lafyèv
{temperature} + pitit … semèn
{temperature} + pitit … mwa
# Throat closing, in a long sentence ("gòj pitit mwen an ap fèmen"); asleep and not answering.
gòj + fèmen
gòj + bouche
dòmi + pa reponn
dòmi + pa ka reveye
# Added (red-flag pass): a hot baby given its age ("pitit fi m gen 2 mwa li cho").
cho + gen 1 semèn
cho + gen 2 semèn
cho + gen 3 semèn
cho + gen 4 semèn
cho + gen 5 semèn
cho + gen 6 semèn
cho + gen 7 semèn
cho + gen 8 semèn
cho + gen yon semèn
cho + gen de semèn
cho + gen twa semèn
cho + gen kat semèn
cho + gen 1 mwa
cho + gen yon mwa
cho + gen 2 mwa
cho + gen de mwa
cho + baby
lafyèv + baby
{temperature} + baby
# Added (red-flag pass): fever and chemotherapy in the other spellings (lafièv, fyèv, fièvre, chemo).
lafièv + kimyo*
lafièv + chimyo*
lafièv + chimio*
lafièv + chemo*
fyèv + chimio*
fyèv + chemo*
fièv* + kimyo*
fièv* + chimyo*
fièv* + chemo*
fièv* + chimio*
cho + chimyo*
cho + chemo*
tanperati + kimyo*
tanperati + chimyo*
tanperati + chemo*
# Added (red-flag pass): swelling of the mouth, lips, tongue or face; contractions early in pregnancy.
bouch + anfle
bouch + gonfle
figi + anfle
figi + gonfle
lang + gonfle
lèv + gonfle
kontraksyon + semèn
kontraksyon + ansent
kontraksyon + gwosès
# Added (red-flag pass): "anticoagulant" written out (ru.lex's romanized word otherwise takes it from "anticoagul*").
tèt + anticoagulant
tonbe + anticoagulant
senyen + anticoagulant
# Added (red-flag pass): shaking and not answering; a sudden or worst-ever headache.
tranble + pa reponn
kriz + pa reponn
maltèt + pi move
maltèt + toudenkou
tèt fè mal + toudenkou
maltèt + pa janm gen
# Added (red-flag pass): a burning body of a baby given its age; heart or chest with the left arm.
kò … boule + bebe
kò … boule + tibebe
kò … boule + baby
kò … boule + gen 1 mwa
kò … boule + gen yon mwa
kò … boule + gen 2 mwa
kò … boule + gen de mwa
kò … boule + semèn
kè + bra goch
pwatrin + bra goch
lestomak + bra goch

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
pa voye anyen ankò
pa voye m anyen
sispann ekri mwen
retire m nan lis
retire mwen nan lis
wete m nan lis
wete mwen nan lis
retire … lis la
wete … lis la
pa vle okenn tèks
fini ak mesaj yo
bloke nimewo sa
m pa bezwen mesaj sa yo ankò
pa vle resevwa tèks
sispann voye tèks
retire non mwen
efase non m
pa vle tande pale de mesaj
pa vle wè mesaj
pa vle … mesaj … ankò

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
voye mesaj yo ankò
kontinye voye mesaj
m vle mesaj yo ankò
tounen voye mesaj

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
kimoun
kimoun sa
kimoun ou ye
kiyès sa
ki sa sa ye
kisa sa a ye
ki nimewo sa
ki moun ki voye
ki moun ki ekri
sa se kisa
kijan pou m konfime
kòman pou m konfime
kisa pou m fè pou konfime
kijan m ka konfime
kisa … vle di
ki sa … vle di
kisa mesaj sa

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
# A blood test and the results being ready ("pare"): questions, not symptoms or a request to stop.
tès san
tès san an
egzamen san
rezilta … pare
ap pare
pare deja
pa pare
pare kilè
radyografi
# Wrong number, not for me.
pa pou mwen
se pa mwen
pa nimewo m
nimewo sa a pa pou mwen
# "m pa t resevwa …" is a question about something missing, not a negated "resevwa" (ack).
pa t resevwa
pat resevwa
pa resevwa
pa janm resevwa
poko resevwa
# Kreyòl "ta" (would: "m ta renmen konnen …") is not Portuguese "tá" (ok); "pa tande" is not a negated "tande" (ack).
m ta
mwen ta
ou ta
li ta
nou ta
yo ta
ta renmen
ta vle
pa tande
# "Ijans" in a practical phrase, not a report (longer than the bare word, so it wins).
an ka ijans
kontak ijans
kontak an ka ijans
nimewo ijans
nimewo ijans lan
bòdwo sal ijans
bòdwo ijans
fakti sal ijans
anyen ijan
pa ijan
se pa ijan
pa gen ijans
pa yon ijans
se pa yon ijans
# "No problem breathing": longer than "pwoblèm … respire", so it wins.
pa gen pwoblèm pou m respire
pa gen pwoblèm pou respire

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
mèsi mèsi
gras a Dieu
Bondye beni ou anpil

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
# ("non" is not a cue: it is also "name" ("retire non m sou lis la"), and a bare "non" is already [cancel].)

# No [reaction] section: phones offer no Haitian Creole interface, so Haitian patients'
# phones report reactions in English or French (see en.lex and fr.lex).
# Negation over more words: "m pa gen doulè nan pwatrin ankò".
pa gen = 3
pa t gen = 3
pat gen = 3
pa genyen = 3
pa santi = 3

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
# ("jodi a" is matched by "jodi" alone: listing both made "m pa ka vini jodi a" read as two times, a reschedule.)
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

# --- More everyday Kreyòl words (2026-12-03), so that the typo reader never takes them for a
# word of another language ("pitit gason m" is not Tagalog "lason", poison).
[words]
gason fi madanm frè sè granmoun timoun nimewo telefòn chanje kontak

# 2026-12-03 (session 5): low mood without self-harm, feeling better, bills and insurance,
# parking, the way there and opening hours, "who is this", moving the appointment, late, opting
# out, red flags in everyday forms, declining ("mpap ka vin"), and work or family emergencies
# that only explain a cancellation ("ijans nan travay").
[symptom]
# Low mood, worry, no sleep, no energy (rule 10: without self-harm this is a symptom).
kè m pa kontan
kè pa kontan
pa jwenn dòmi
dòmi pa pran m
dòmi pa vini
pa ka fèmen je m
pa gen enèji
san enèji
kò m kraze
kò kraze
dekouraje
pèdi kouraj
moral … ba
moral … atè
moral … pa bon
santi m vid
santi mwen vid
pa nan nòmal mwen
pa mwen menm
panse twòp
kalkile twòp
reflechi twòp
anksye
anksyete
nève
gen lapenn
nan lapenn
pa gen kè pou anyen
pa gen gou pou anyen
pa anvi fè anyen
# An anxiety or panic attack is no seizure: longer than "gen kriz" / "fè kriz" of [urgent].
kriz anksyete
kriz panik
gen kriz anksyete
gen kriz panik
gen yon kriz anksyete
gen yon kriz panik
fè kriz anksyete
fè kriz panik
fè yon kriz panik
# Not better yet (the "better" phrases of [other] do not read through a "pa" or "poko").
pa santi m pi byen
pa santi mwen pi byen
poko pi byen
poko refè
pa refè
poko geri
pa geri
lafyèv … pa ale
lafyèv … pa desann
lafyèv … pa bese
doulè … pa pase
doulè … pa ale
doulè … pa diminye

[other]
# Feeling better, a complaint that went away: nothing to act on (moved here from [symptom]).
santi m pi byen
santi mwen pi byen
m pi byen
mwen pi byen
vin pi byen
m refè
mwen refè
m geri
mwen geri
refè nèt
geri nèt
lafyèv … ale
lafyèv … bese
lafyèv … desann
doulè … ale
doulè … pase
doulè … diminye
pa gen doulè ankò
pa fè m mal ankò
pa santi doulè ankò
m byen kounye a
mwen byen kounye a
m anfòm kounye a
santi m byen kounye a
pa malad ankò
# Bills, charges, payment, insurance, receipts ("resevwa" is an [ack] word: the longer phrases win).
bòdwo
bil
fakti
yon resi
bezwen resi
resi peman
ban m resi
voye resi
kopè
copay
dediktib
resevwa … bòdwo
resevwa … fakti
resevwa … bil
m resevwa … bòdwo
m resevwa … fakti
m resevwa … bil
yo chaje m
konbyen m dwe
m dwe konbyen
asirans … kouvri
kouvri … asirans
kat kredi
peye ak kat
medicare
medikè
# Parking, the way there, the address, opening hours.
ka pake
pou m pake
kote pou pake
kote m ka pake
estasyònman
ki adrès
kijan pou m rive
kòman pou m rive
kouman pou m rive
kijan pou m jwenn
kijan pou m ale
ki kote nou ye
kote nou ye
kote biwo a
ki lè nou ouvè
ki lè nou louvri
ki lè nou fèmen
ki lè … ouvri
ki lè … ouvè
ki lè … fèmen
nou ouvè
nou louvri
ki etaj
ki bilding
# Work or family emergencies that only explain why the patient cannot come: written in full
# so that the "ijans" inside yields ("m gen yon ijans", "m nan sal ijans" stay urgent).
ijans nan travay
ijans travay
ijans nan travay la
ijans fanmi
ijans nan fanmi
ijans nan fanmi an
ijans lekòl
ijans pèsonèl

[help]
# Who is this, whose number, why these messages.
pa konnen nimewo sa
pa konn nimewo sa
pa rekonèt nimewo sa
nimewo kiyès
nimewo ki moun
poukisa n ap ekri m
poukisa nou ap ekri m
poukisa w ap ekri m
poukisa n ap voye m
poukisa w ap voye m
poukisa m ap resevwa
ki moun k ap voye
ki moun ki ap voye
kiyès k ap ekri m
ki mesaj sa yo

[reschedule]
# Pushing it back, another week or month.
pouse … randevou
pouse l
pouse dat
repouse
ranvoye
remete l pou
remete randevou
pi ta nan semèn
pou semèn pwochèn
pou mwa pwochen
pou lòt semèn
pou lòt mwa
yon lòt semèn
yon lòt mwa
fè l pi ta
mete l pi ta

[late]
# A few minutes ("5 ti minit"), on the way but held up.
ti minit
rive nan … minit
la nan … minit
nan wout men
sou wout men
an wout men
kawotchou … pete
kawotchou … plat
kaoutchou … pete
anbouteyaj

[opt_out]
# Take me off the list, no more reminders.
mete m deyò … lis
soti m nan lis
bouke ak mesaj
bouke ak tèks
bouke resevwa
fatige ak mesaj
anile mesaj
anile tèks
anile rapèl
pa vle okenn rapèl
pa vle … rapèl
pa vle … tèks
pa janm voye m … ankò
pa janm ekri m ankò
pa janm tekste m ankò
pa janm kontakte m ankò

[urgent]
# Bleeding that will not stop, fainting.
san … pa vle rete
senyen … pa vle rete
san … pa rete
senyen … pa rete
san … san rete
evanwi

[cancel]
# "m pap … vini" with the pronoun, so that the shorthand "mpap" reaches it ("mpap ka vin").
m pap … vini
m pap … vin
m pa ka vini
m pa ka vin
m pa kab vini
m pa kapab vini
m pap ale
mwen pap ale
nou pap ale
m p ap ale
m pa kapab
mwen pa kapab
m pap kapab
non m pa bezwen
non mèsi m pa bezwen

# 2026-12-03 (session 6): severe pain in pregnancy, overdose and poisoning (children included),
# someone passed out or not answering, heavy bleeding in everyday words, chest pressure and chest
# pain with sweating, suicidal thoughts in other words, and stop requests (bare words in [alone],
# phrases with "pinga", "send", "text", "sms" in [opt_out]).
[urgent]
# Overdose: a handful, a whole strip or box, a pile of medicine, too much syrup or insulin.
ponyen grenn
yon ponyen … grenn
ponyen medikaman
tout plakèt
tout yon plakèt
tout plakèt grenn
tout pake grenn
tout pakè grenn
tout bwat grenn
tout yon bwat grenn
bann medikaman
pakèt medikaman
tout medikaman yo … yon sèl kou
tout grenn yo … yon sèl kou
grenn … yon sèl kou
anpil grenn dòmi
twòp grenn dòmi
twòp sirop
tout boutèy sirop
tout sirop la
twòp ensilin
twòp tylenol
twòp aspirin
overdoz
ovèdòz
# Someone ate or swallowed MY pills (a child, a confused parent).
manje grenn mwen
vale grenn mwen
bwè grenn mwen
manje medikaman mwen
vale medikaman mwen
manje grenn manman
manje grenn granmoun
# Drank bleach, a cleaning product (Fabuloso, Clorox), kerosene, gasoline, acid, rat poison.
bwè … fabuloso
bwè … fabilozo
vale … fabuloso
bwè … pwodui netwayaj
bwè … pwodui pou netwaye
vale … pwodui netwayaj
bwè … savon likid
bwè … kewozin
bwè … gazolin
bwè … asid
bwè … alkòl pou fwote
pwazon rat
mò rat
# Passed out, collapsed, limp, eyes rolled back, in a coma, not reacting.
pa reponn ditou
pa reyaji
pa reyaji ditou
pa bouje ankò
pa bouje ditou
kò l mou
kò li mou
kò l tou mou
je l vire
je li vire
je l ap vire
li fennen
tonbe fennen
tonbe frèt
li tonbe rèd
pa ka fè l leve
pa ka fè li leve
pa kapab fè l leve
difisil pou reveye
mal pou reveye
nan koma
sinkòp
blackout
pa pale ankò … pa reponn
# Heavy bleeding: spurting, pouring like water, everywhere, soaked dressings, big clots.
# ("san" is also "without": the blood phrases keep "ap", "an", "ak", "nan" beside it.)
san ap pise
san an ap pise
san k ap pise
san ap koule kou dlo
san an ap koule kou dlo
san … koule kou dlo
san ap vide
san an ap vide
san toupatou
san tout kote
san patou
plen san
tranpe ak san
tranpe nan san
bandaj … tranpe
tranpe … bandaj
pansman … tranpe
tranpe … pansman
twal … tranpe
sèvyèt … tranpe
gwo kayo
kayo san
gwo boul san
senyen kou bèf
# Chest pressure: a weight, a rock, an elephant, a bar; the chest crushed or tied.
pwa … pwatrin
bagay lou … pwatrin
elefan … pwatrin
wòch … pwatrin
bar … pwatrin
pwatrin … kraze
kraze … pwatrin
pwatrin … mare
mare … pwatrin
lestomak … lou
lestomak … kraze
# Suicidal thoughts in other words: leave this life, take my life, do something to myself.
kite lavi a
kite lavi sa a
kite tè a
kite tè sa a
pran lavi m
pran lavi mwen
pran lavi li
pran pwòp vi
swete m mouri
swete mwen mouri
fè yon bagay ak tèt mwen
fè yon bagay ak tèt m
fè yon bagay ak kò m
dòmi pou toujou
dòmi pou tout tan
pann kò m
pann kò mwen
pann kò li
kòd nan kou

[symptom]
# A pain that "pa vle pase" (will not go away): longer than "doulè … pase" of [other] (the pain went away).
doulè … pa vle pase
doulè … pa vle ale
doulè … pa vle kite m

[urgent-combinations]
# Pregnancy (or its term in weeks or months) with a strong, constant or unbearable pain, or labour pains ("tranche").
ansent + gwo doulè
ansent + doulè … fò
ansent + doulè … rèd
ansent + doulè … terib
ansent + doulè … grav
ansent + doulè … anpil
ansent + doulè … pa pase
ansent + doulè … pa vle pase
ansent + doulè … pa vle ale
ansent + doulè … pa vle kanpe
ansent + doulè … pa vle sispann
ansent + doulè … pa ale
ansent + doulè … pa sispann
ansent + doulè … pa kanpe
ansent + doulè … pa rete
ansent + doulè … san rete
ansent + doulè … toutan
ansent + fè m mal anpil
ansent + fè l mal anpil
ansent + fè … mal anpil
ansent + fè … mal twòp
ansent + mal anpil
ansent + tranche
ansent + tranchman
ansent + vant … di
ansent + vant … tòde
ansent + kolik
gwosès + gwo doulè
gwosès + doulè … fò
gwosès + fè … mal anpil
gwosès + tranche
mwa ansent + doulè
mwa ansent + fè … mal
mwa ansent + mal vant
mwa ansent + mal do
ansent … mwa + doulè
ansent … mwa + fè … mal
ansent … mwa + mal vant
ansent … mwa + mal do
semèn ansent + doulè
semèn ansent + fè … mal
ansent … semèn + doulè
ansent … semèn + fè … mal
semèn gwosès + doulè
semèn gwosès + fè … mal
mwa gwosès + doulè
mwa gwosès + fè … mal
# A child who ate or swallowed pills, medicine or vitamins, or found them.
pitit + manje grenn
timoun + manje grenn
bebe + manje grenn
tibebe + manje grenn
pitit + vale grenn
timoun + vale grenn
bebe + vale grenn
tibebe + vale grenn
pitit + manje … medikaman
timoun + manje … medikaman
bebe + manje … medikaman
pitit + vale … medikaman
timoun + vale … medikaman
bebe + vale … medikaman
pitit + manje … vitamin
timoun + manje … vitamin
bebe + manje … vitamin
pitit + bwè … klorox
jwenn … grenn + manje
jwenn … grenn + vale
jwenn … medikaman + manje
jwenn … medikaman + vale
jwenn … medikaman + bwè
# Not answering, limp, shaken, on the floor.
souke + pa reponn
sekwe + pa reponn
atè + pa reponn
kouche + pa reponn
kò … mou + pa reponn
je … vire + pa reponn
# Chest with sweating, the jaw.
pwatrin … sere + swe
pwatrin … peze + swe
pwatrin + swe frèt
lestomak + swe frèt
kè + swe frèt
pwatrin + machwè
kè … fè … mal + machwè

[alone]
# The whole reply is a bare stop word ("KANPE", "Sa ase!").
kanpe = opt_out
kanpe la = opt_out
sa ase = opt_out
ase konsa = opt_out
sispann sa = opt_out
dezabone = opt_out

[opt_out]
# No more messages, with "pinga" (don't you dare), "anmède" (bother), and the English "send", "text", "sms".
pa bezwen voye m
pa bezwen voye mesaj
pa bezwen ekri m
pa bezwen tekste m
pinga … voye m
pinga … voye mesaj
pinga … ekri m
pinga … tekste m
pinga … rele m
sispann send
pa send … mesaj
pa send m
stop send
pa voye m sms
pa voye m text
pa voye m tèks
pa voye sms
pa voye text
sispann … sms
sispann … text
pa vle sms
pa vle text
pa vle … text
pa vle … sms
sispann anmède m
anmède m … mesaj
ase anmède m
pa anmède m ankò
retire m nan sistèm
efase m nan lis
