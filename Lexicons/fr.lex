# French (fr) reply lexicon for Parlance.
#
# What it is: the words and short phrases by which French-speaking patients answer clinic
# text messages (appointment reminders, check-ins, lab and refill notices), sorted by intent.
# It covers the French of France, of Québec and the rest of Canada, of West and Central
# Africa, and the educated written French of Haiti (Kreyòl itself is in ht.lex).
#
# How it was written: from everyday French SMS usage (accents often dropped, "jpeux pas",
# "chuis en retard", "dac", "bjr"), regional habits (Québec "canceller", "céduler", "pogné
# dans le trafic"; Africa "je suis empêché", "corps chaud", "palu"; Haiti "si Dieu le veut",
# "je serai présent"), and the red flags of shared/spec/intents.md rule 10. No line was copied
# from any evaluation corpus.
#
# Notes for reviewers:
# - Write accents correctly: unaccented spellings (a demain, deja, arrete) match by themselves.
#   Apostrophes are dropped before matching, so "j'arrive" also matches "jarrive".
# - French negation is doubled ("je ne peux pas"): both "ne" and "pas" are cues below. A phrase
#   that carries its own negation is therefore listed with its "ne" as well ("ne … venir",
#   "ne peux pas respirer"), so that the "ne" in front of it cannot flip it.
# - Words on the left of [shorthand] (rdv, svp, jpeux, chuis …) are rewritten before matching:
#   entries use the long form ("rendez-vous", "je peux").
@schema lexicon@1
@lang fr
@name French (Français)

[confirm]
# I will come / yes to the question asked.
oui
oui oui
ouais
ouaip
ouep
ouè
ouin
bien sûr
évidemment
certainement
absolument
tout à fait
exactement
confirm*
je confirme
c'est confirmé
je serai là
serai là
on sera là
nous serons là
je vais être là
vais être là
je vais y être
j'y serai
on y sera
nous y serons
m'as être là
je serai présent*
serai présent*
présent*
je serai au rendez-vous
serai au rendez-vous
je viendrai
oui je viens
ok je viens
je viens demain
je viens bien
je viens sans faute
oui on vient
nous viendrons
on viendra
je passerai
j'arrive
je suis en route
en route
en chemin
je suis là
je suis arrivé*
bien arrivé*
à demain
à tout à l'heure
à tantôt
à bientôt
à tout de suite
à lundi
à mardi
à mercredi
à jeudi
à vendredi
à samedi
on se voit
pas de problème
pas de soucis
pas de souci
pas un problème
aucun problème
aucun souci
sans problème
sans souci
sans faute
pas de trouble
ça me va
ça me convient
ça m'arrange
me convient
ça adonne
ça marche pour moi
ok pour moi
d'accord pour moi
c'est bon pour moi
je suis dispo
suis dispo
je suis disponible
volontiers
avec plaisir
je n'y manquerai pas
compte sur moi
comptez sur moi
si Dieu le veut
je serai à l'heure
oui merci
✅
✔️
☑️

[cancel]
# I will not attend; release the slot (a bare "non" answers "OUI pour confirmer, NON pour annuler").
non
non merci
annul*
cancel*
désist*
je me désiste
❌
✖️
pas venir
plus venir
ne … venir
pas pouvoir venir
ne … pas pouvoir
vais pas pouvoir
pourrai pas
pourrais pas
pourra pas
pourrons pas
pourront pas
je peux pas
je ne peux pas
peux pas venir
peux plus venir
viendrai pas
viendra pas
viendrons pas
viendrai plus
viens pas
ne viendrai
ne viendra
ne viendrons
ne viens pas
serai pas là
sera pas là
serons pas là
ne serai pas là
ne sera pas là
ne serons pas là
serai pas présent*
ne serai pas présent*
j'y serai pas
n'y serai pas
n'irai pas
j'irai pas
pas y aller
ne … y aller
pas être là
ne … être là
pas me présenter
ne … me présenter
pas me déplacer
ne … me déplacer
pas capable d'y aller
pas capable de venir
pas capable de me présenter
serai pas capable
ça adonne pas
ça adonne mal
ça va pas
ça ne va pas
m'arrange pas
ne m'arrange pas
convient pas
pas possible
ne … possible
impossible pour moi
pas disponible
pas dispo
ne … disponible
indisponible
serai absent*
je serai absent*
empêché*
un empêchement
empêchement
plus besoin
n'ai plus besoin
pas besoin du rendez-vous
libérer … place
libère … place
libérez … place
laisse … place
donnez … place
pas le temps
j'ai pas le temps
n'aurai pas le temps
pas cette fois
# Added (tlfrvi): "je ne pourrai pas venir": the "pas" after the verb must sit inside the entry,
# or it negates "ne … venir" from inside its gap.
ne pourrai pas
ne pourrais pas
ne pourra pas
ne pourrons pas
ne pourront pas
ne vais pas pouvoir
ne vais pas venir
ne vais pas être là
# Listed whole: a "pas" standing in the gap of "ne … venir" negates it (engine rule for gaps).
ne pourrai pas venir
ne pourrais pas venir
ne pourra pas venir
ne pourrons pas venir
ne pourrai pas être là
ne pourrai pas y aller
ne pourrai pas me présenter
ne vais pas pouvoir venir
ne vais pas pouvoir être là
ne peux pas être là
ne serai pas disponible
ne suis pas disponible
# Added (ru/fr pass). An elided pronoun written onto a starred stem ("j'annule", "l'annuler")
# is not reached by "annul*", so the elided forms are listed. (A [clitics] section would do it
# for every entry, but its "m'" turns the Russian translit "mne" into the negation cue "ne".)
j'annul*
l'annul*
d'annul*
ne peux pas venir
peux pas y aller

[reschedule]
# I want the appointment at another time.
reporter
reporté*
reportez
reportons
reporterai*
report du rendez-vous
report de rendez-vous
repouss*
décal*
reprogramm*
replanifi*
recédul*
re-céduler
rebook*
postpos*
différer
reculer … rendez-vous
renvoyer … rendez-vous
déplacer … rendez-vous
déplacer le
déplacer mon
changer … rendez-vous
changer … date
changer … heure
changer … horaire
changer … jour
changer … créneau
modifi* … rendez-vous
modifier … date
modifier … heure
modifier … horaire
remettre … rendez-vous
remettre à plus tard
avancer … rendez-vous
un autre jour
un autre moment
une autre date
une autre heure
un autre horaire
un autre créneau
autre créneau
autre disponibilité
autres disponibilités
vos disponibilités
quelles sont vos disponibilités
nouveau rendez-vous
nouvelle date
nouvel horaire
reprendre … rendez-vous
prendre un autre rendez-vous
fixer … autre
à la place
plutôt lundi
plutôt mardi
plutôt mercredi
plutôt jeudi
plutôt vendredi
plutôt samedi
plutôt demain
plutôt … matin
plutôt … après-midi
plutôt … semaine prochaine
plus tôt possible
un peu plus tard
créneau … plus tard
heure … plus tard
heure … plus tôt
je peux venir … à la place
possible de changer
possible de décaler
# Added (tlfrvi)
changer l'heure
un autre rendez-vous
autre rendez-vous

[late]
# I am coming but will be late.
retard*
en retard
à la bourre
je serai en retard
vais être en retard
j'aurai du retard
aurai du retard
un peu de retard
petit retard
léger retard
bouchon*
embouteillage*
dans le trafic
dans la circulation
trafic
coincé … trafic
coincé … bouchons
coincé … circulation
bloqué … trafic
bloqué … bouchons
bloqué … circulation
pogné … trafic
pris … trafic
pris dans les bouchons
raté … bus
raté … train
raté … métro
manqué … bus
manqué … train
attendez-moi
attendez moi
patientez
je me dépêche
me dépêche
au plus vite
le plus vite possible
arrive dans quelques minutes
quelques minutes de retard
j'arrive bientôt
presque arrivé*
presque là
pas à l'heure
ne … à l'heure
arriverai pas à l'heure
serai pas à l'heure
# Added (ru/fr pass)
j'arrive dans
arriverai dans
serai là dans

[symptom]
# A non-emergency health complaint or concern (red flags go to [urgent]).
malade
souffrant*
je suis souffrant*
me sens pas bien
sens pas bien
ne … sens pas bien
sent pas bien
me sens mal
je me sens mal
se sent mal
vais pas bien
ne vais pas bien
suis pas bien
ne suis pas bien
pas en forme
ça va pas fort
ça ne va pas fort
patraque
pas mieux
toujours pas mieux
ça s'aggrave
aggrav*
c'est pire
de pire en pire
j'ai mal
mal partout
douleur*
souffr*
tousse
touss*
toux
rhume
enrhumé*
grippe
grippé*
covid
mal … gorge
nez qui coule
nez bouché
sinusite
otite
fièvre
fiévreux
fiévreuse
de la température
corps chaud
frissons
courbatu*
palu*
paludisme
typhoïde
mal … tête
maux de tête
migraine*
céphalée*
vertige*
étourdi*
la tête qui tourne
tête … tourne
nausée*
envie de vomir
vomi*
mal au cœur
mal au coeur
barbouillé*
diarrhée*
constipé*
constipation
mal … ventre
maux de ventre
ballonn*
crampe*
brûlures d'estomac
mal … dos
lombalgie
sciatique
mal … jambe*
mal … genou*
mal … pied*
mal … bras
mal … épaule
mal … oreille*
mal … dent*
mal … yeux
mal … œil
éruption*
bouton*
rougeur*
plaques rouges
démang*
ça gratte
urticaire
eczéma
allergie*
allergique
enflé*
enflure
gonflé*
gonflement
œdème
oedème
jambes lourdes
infection*
infecté*
pus
plaie*
blessure*
blessé*
coupure
entorse
je suis tombé*
une chute
saign*
sang dans les urines
brûle … uriner
brûle quand je fais pipi
fatigu*
épuisé*
faible
faiblesse
sans force
pas d'appétit
perte d'appétit
engourdi*
fourmi*
picote*
tremble*
tremblement*
palpitation*
cœur … vite
coeur … vite
tension … haute
tension … élevée
hypertension
la tension
glycémie
sucre … élevé
hypoglycémie
effet secondaire
effets secondaires
effets indésirables
réaction … médicament*
médicament* … réaction
supporte pas … médicament*
dors pas
dors mal
pas dormi
n'arrive pas à dormir
arrive pas à dormir
insomnie*
cauchemar*
déprim*
dépression
triste*
pas le moral
plus le moral
moral … bas
anxi*
angoiss*
crise d'angoisse
crise de panique
panique
stress*
nerveux
nerveuse
je pleure
pleure tout le temps
j'en peux plus
en peux plus
n'en peux plus
à bout
# « Arrête » qui ne demande pas d'arrêter les messages (Québec : « ça arrête pas »).
arrête pas
arrête plus
arrête jamais
# Added (tlfrvi): getting worse.
de plus en plus mal
sens pire
empire
de mal en pis
mal … nuque
mal … cou
# Added (ru/fr pass): elided forms of accented words. (The "feeling better" phrases listed here
# first were moved to [other] in session 5, 2026-12-03: a recovery with nothing to act on is "other".)
l'éruption*
d'éruption*
s'aggrav*
m'angoiss*
j'angoiss*
d'angoiss*
l'angoiss*
d'anxi*
l'anxi*
d'insomnie*
l'insomnie*
d'allergie*
l'allergie*
l'oedème
d'oedème
d'étourdi*
l'œdème
d'œdème
l'eczéma
d'eczéma
sang dans les selles
selles noires
saigne du nez
saignement de nez
douleur* … jambe*
douleur* … ventre
# « Arrête » meaning a symptom that does not stop (with the "ne").

[urgent]
# A possible emergency (intents.md rule 10): any red flag, even inside another intent.
# Chest pain or pressure.
douleur … poitrine
douleurs … poitrine
douleur thoracique
douleurs thoraciques
mal … poitrine
poitrine … mal
poitrine … douleur
poitrine … serr*
serre … poitrine
serrement … poitrine
oppression … poitrine
oppression thoracique
pression … poitrine
poids sur la poitrine
douleur … thorax
douleur … cœur
douleur … coeur
cœur … fait mal
coeur … fait mal
crise cardiaque
infarctus
douleur … bras gauche
# Trouble breathing.
pas respirer
plus respirer
pas à respirer
plus à respirer
pas … respirer
ne … respirer
ne peux pas respirer
ne peux plus respirer
ne peut plus respirer
respire pas
respire plus
respire mal
respire difficilement
mal à respirer
du mal à respirer
peine à respirer
difficile de respirer
difficulté* … respirer
difficultés respiratoires
détresse respiratoire
gêne respiratoire
pas capable de respirer
essouffl*
souffle court
à bout de souffle
manque … souffle
manque d'air
étouff*
suffoqu*
suffoc*
oppressé*
lèvres bleues
# Suicide, self-harm, overdose.
suicid*
me tuer
me foutre en l'air
en finir
mettre fin … jours
mettre fin … vie
envie de mourir
veux mourir
voudrais mourir
préfère mourir
aimerais mourir
plus envie de vivre
n'ai plus envie de vivre
veux plus vivre
ne veux plus vivre
ne veut plus vivre
marre de vivre
marre de la vie
me faire du mal
me scarifier
scarif*
automutil*
me pendre
me couper les veines
# Self-harm phrasings that carry their own negation ("je ne veux plus vivre"): listed whole,
# with the "ne"/"pas"/"plus"/"aucune" inside them, so that the negation cannot flip them.
veux plus … vivre
ne veux plus … vivre
ne veux … plus vivre
veut plus … vivre
ne veut plus … vivre
veux pas vivre
ne veux pas vivre
plus … envie de vivre
pas … envie de vivre
aucune envie de vivre
peux plus … vivre
ne peux plus … vivre
peux plus de … vie
j'en peux plus … vivre
à quoi bon vivre
sert à rien de vivre
ne sert à rien de vivre
plus de raison de vivre
pas de raison de vivre
aucune raison de vivre
vie … plus de sens
vie … pas de sens
vie … aucun sens
pas la peine de vivre
plus la peine de vivre
pas la peine d'être vécue
plus la peine d'être vécue
ne vaut … la peine de vivre
ne vaut … la peine d'être vécue
veux plus … réveiller
ne veux plus … réveiller
ne plus … me réveiller
mieux sans moi
idées noires
envie de disparaître
veux disparaître
voudrais disparaître
m'ôter la vie
me jeter … pont
me jeter … fenêtre
me jeter sous … train
me jeter sous … métro
me jeter sous … voiture
# Cutting and other self-injury.
me fais du mal
me suis … fait du mal
me mutil*
taillad*
me suis coupé* … poignet*
me suis coupé* … veines
me suis coupé* … bras
me suis coupé* … cuisse*
me suis encore coupé*
me couper … poignet*
envie de me couper
recommencé à me couper
coupé* exprès
coupé* volontairement
blessé* exprès
blessé* volontairement
ouvert les veines
m'ouvrir les veines
overdose
surdose
avalé … médicaments
avalé … comprimés
avalé … cachets
avalé … pilules
# (changed in the ru/fr pass: "pris … tous mes médicaments" also read "j'ai pris tous mes
# médicaments ce matin comme prévu" as an overdose)
tous mes médicaments d'un coup
tous mes médicaments en même temps
tous mes comprimés d'un coup
tous mes cachets d'un coup
pris … médicaments d'un coup
pris … comprimés d'un coup
pris … cachets d'un coup
toute la boîte
trop de médicaments
trop de comprimés
trop de cachets
intoxiqu*
empoisonn*
je vais mourir
je suis en train de mourir
va mourir
# Stroke signs.
un avc
d'avc
l'avc
fait … avc
accident vasculaire*
bouche … travers
bouche … tordue
visage … travers
visage … tordu
visage … affaissé
visage … paralysé
visage … tombe
paralys*
hémiplégi*
parle bizarrement
parle … bizarre
parole … confuse
pas à parler
plus à parler
plus parler
n'arrive plus à parler
n'arrive pas à parler
ne peut plus parler
ne peut pas parler
articule … plus
côté … engourdi
engourdi … côté
côté … paralysé
moitié … corps
bras … engourdi
bras … bouge plus
plus bouger … bras
pas bouger … bras
pas lever … bras
plus lever … bras
perdu la vue
vois plus rien
voit plus rien
# Heavy bleeding.
saigne beaucoup
saigne abondamment
saigne énormément
beaucoup de sang
plein de sang
pisse le sang
hémorragie
saignement … abondant
saignements … abondants
saigne … arrête pas
saignement … arrête pas
sang … arrête pas
ne … arrête pas de saigner
arrête pas de saigner
saigne sans arrêt
perd … sang
perds … sang
vomi* … sang
crach* … sang
tousse … sang
# Fainting, unconsciousness.
évanoui*
perdu connaissance
perte de connaissance
perd connaissance
inconscient*
tombé dans les pommes
fait un malaise
faire un malaise
syncope
s'est effondré*
réveille pas
ne se réveille pas
# Seizure.
convuls*
crise d'épilepsie
crise … épilepsie
crise convulsive
# Fever in a baby under three months, or during chemotherapy.
bébé … fièvre
fièvre … bébé
bébé … température
bébé … chaud
nourrisson … fièvre
fièvre … nourrisson
nouveau-né … fièvre
fièvre … nouveau-né
mois a … fièvre
semaines a … fièvre
mois fait … fièvre
semaines fait … fièvre
chimio … fièvre
chimio … j'ai … fièvre
fièvre … chimio
fièvre … sous chimio
chimiothérapie … fièvre
fièvre … chimiothérapie
chimio … température
température … chimio
# Head injury (on blood thinners or not: a person should decide).
cogné … tête
tombé … tête
choc … tête
coup … tête
traumatisme crânien
tête … saigne
anticoagul* … tombé*
tombé* … anticoagul*
anticoagul* … tête
# Severe allergic reaction.
choc anaphylactique
anaphyla*
œdème de Quincke
oedème de Quincke
Quincke
gorge … gonfl*
gorge … enfl*
gorge … serre
gorge … ferme
langue … gonfl*
langue … enfl*
lèvres … gonfl*
visage … gonfl*
réaction allergique grave
grosse réaction allergique
choc allergique
gonfl* … lèvres
gonfl* … langue
gonfl* … gorge
gonfl* … visage
lèvres … enfl*
visage … enfl*
enfl* … lèvres
enfl* … langue
pas avaler … salive
pas à avaler … salive
plus avaler … salive
plus à avaler … salive
epipen
Anapen
stylo … adrénaline
# Emergency words.
urgence
urgent
urgences
au secours
à l'aide
SAMU
appel* le samu
appel* le 112
911
appel* le 911
ambulance
pompiers
# Cardiac or respiratory arrest (this also keeps « arrêt » here from reading as a request to stop messages).
arrêt cardiaque
arrêt respiratoire
arrêt cardio-respiratoire
# Added (tlfrvi): one limb suddenly paralysed; worst headache; pregnancy, baby stopped moving.
ne peut plus bouger
peut plus bouger
ne peux plus bouger
pire mal de tête
pire migraine de ma vie
bébé … bouge plus
bébé … bouge pas
bébé … ne bouge
sens plus … bébé
sens pas … bébé
ne sens plus … bébé
avalé … boîte
nuque raide
raideur … nuque
# Added (ru/fr pass): a word glued to an elided pronoun or article ("m'évanouir", "j'étouffe",
# "l'hémorragie", "m'essouffle") is not matched by an entry whose first letter is accented or
# that ends in "*"; these forms are listed whole.
m'essouffl*
s'essouffl*
m'intoxiqu*
s'intoxiqu*
m'empoisonn*
s'empoisonn*
m'automutil*
s'automutil*
d'automutil*
d'anaphyla*
m'évanoui*
s'évanoui*
d'évanoui*
je vais m'évanouir
j'étouff*
m'étouff*
s'étouff*
d'étouff*
l'hémorragie
d'hémorragie
hémorragique
d'en finir
envie d'en finir
veux en finir
# Breathing (added): the "ne" of "il ne respire plus" must sit inside the entry.
ne respire plus
ne respire pas
ne respire presque plus
ne respire … plus
respire … mal
respire … difficilement
respire avec difficulté
respire … difficulté
arrive pas à respirer
arrive plus à respirer
n'arrive pas à respirer
n'arrive plus à respirer
crise d'asthme
grosse crise d'asthme
lèvres violettes
devient bleu
devient bleue
# Chest (added)
mal … thorax
douleur … sternum
mal … sternum
point … poitrine
poitrine … brûle
brûlure* … poitrine
pique … poitrine
poitrine … oppress*
serrement … cœur
irradie … bras
irradie … mâchoire
# Confusion (added): a bare "confus(e)" also means "sorry" or "unsure" ("je suis confuse"), so
# only phrasings that describe a state are listed.
très confus
très confuse
complètement confus*
tout confus
toute confuse
devenu confus
devenue confuse
soudainement confus*
état de confusion
confusion mentale
en pleine confusion
désorienté*
reconnaît plus
ne reconnaît plus
ne nous reconnaît plus
ne me reconnaît plus
ne me reconnaît pas
ne nous reconnaît pas
dit n'importe quoi
raconte n'importe quoi
# Unresponsive (added)
ne réagit plus
ne réagit pas
réagit plus
sans connaissance
inanimé*
tombé* dans les pommes
tomber dans les pommes
# Severe pain (added): a bare "très mal" or "douleur" stays [symptom]
douleur insupportable
douleurs insupportables
douleur … insupportable
mal insupportable
douleur atroce
douleurs atroces
douleur … atroce
douleur intolérable
douleur … intolérable
ne supporte plus … douleur
supporte plus … douleur
souffre le martyre
# Stroke (added)
articule mal
n'arrive plus à articuler
arrive plus à articuler
parle … mal d'un coup
faiblesse … côté
faiblesse … bras
engourdi* … visage
visage … engourdi*
moitié du visage
soudainement … engourdi*
d'un coup … engourdi*
# Heavy bleeding (added)
saigne … beaucoup
saigne … abondamment
saigne … énormément
saigne … sans arrêt
saigne … fort
saigne trop
sang partout
gros caillots
# Pregnancy danger signs (added): water breaking, baby not moving
perdu les eaux
perte des eaux
perd les eaux
poche des eaux
sens plus bouger
ne sens plus bouger
ne le sens plus bouger
sens plus … bouger
bouge plus … ventre
# Suicide (added)
me donner la mort
veux crever
envie de crever
sauter … fenêtre
sauter … pont
me jeter … balcon
# Fever in a baby (added)
bébé … brûlant*
nourrisson … brûlant*
bébé … fiévreu*
# Common misspellings that drop a letter (a dropped letter is not forgiven like a wrong one),
# and "respiré" written for "respirer".
hémoragie
mal … poitine
douleur … poitine
mal à respiré
peine à respiré
pas à respiré
plus à respiré
arrive pas à respiré
arrive plus à respiré
peux pas respiré
peux plus respiré
difficile de respiré
# more (ru/fr pass, round 3)
respire bizarrement
respire … bizarre*
respire … étrangement
respire de façon bizarre
bafouille d'un coup
bafouille soudain*
ne répond plus quand on lui parle
ne répond pas quand on lui parle
ne répond plus quand je lui parle
avalé … plaquette
# Added (red-flag pass): chest pain "au niveau de la poitrine", in the "torse", a "point au cœur",
# a weight on the heart.
douleur* au niveau … poitrine
mal au niveau … poitrine
serre au niveau … poitrine
douleur* … torse
mal … torse
pression … torse
poids … torse
torse … serr*
point … cœur
point … coeur
poids sur le cœur
poids sur le coeur
poids … poitrine
# Added (red-flag pass): breathing, Québec and everyday forms.
misère à respirer
de la misère à respirer
court de souffle
à court d'air
souffle coupé
reprendre mon souffle
reprendre son souffle
arrive pas à reprendre … souffle
manque de souffle
# Added (red-flag pass): stroke signs. "ne sens plus mon bras" carries its own "ne": both forms listed.
sens plus … bras
ne sens plus … bras
sens plus … jambe
ne sens plus … jambe
sens plus … visage
ne sens plus … visage
sens plus la moitié
ne sens plus la moitié
sent plus … bras
ne sent plus … bras
sent plus … jambe
ne sent plus … jambe
confus* d'un coup
confus* tout d'un coup
confus* tout à coup
d'un coup … confus*
sait plus où il est
sait plus où elle est
ne sait plus où il est
ne sait plus où elle est
sait plus qui il est
sait plus qui elle est
parole … pâteuse
parle … pâteu*
trouble* de la parole
trouble* de l'élocution
vision … floue d'un coup
voit double
vois double
vision double
# Added (red-flag pass): heavy bleeding, counted in pads or tampons per hour.
serviette* … heure*
tampon* … heure*
garniture* … heure*
serviette* … trempée*
tremp* … serviette*
imbib* … serviette*
# Added (red-flag pass): cannot be woken; a seizure told by its signs.
arrive pas à … réveiller
n'arrive pas à … réveiller
arrive plus à … réveiller
n'arrive plus à … réveiller
peux pas … réveiller
peut pas … réveiller
se réveille plus
ne se réveille plus
yeux révulsés
se raidit
bave … tremble*
tremble* … bave
crise … bave
# Added (red-flag pass): suicide, passive ideation and overdose ("pris toutes mes pilules" is an
# overdose; "pris tous mes médicaments" alone stays out, see above).
sert à rien … vivre
sert à rien de continuer
pas continuer à vivre
plus continuer à vivre
mieux mort
mieux morte
mieux … sous terre
disparaître pour toujours
disparaître à jamais
pris toutes mes pilules
avalé toutes mes pilules
pris … pilules d'un coup
avalé … flacon
avalé … bouteille
avalé … pot de
pris … flacon entier
pris tout le flacon
tout le flacon
toute la plaquette
# Added (red-flag pass): swelling of the mouth (allergy).
bouche … enfl*
bouche … gonfl*
enfl* … bouche
gonfl* … bouche
# Added (red-flag pass): "ça serre" at the heart; a whole box of pills ("tt la boite" = "tout la boîte").
cœur … ça serre
coeur … ça serre
ça serre … cœur
ça serre … coeur
tout la boîte
toute une boîte
pris … boîte entière
pris … la boîte de
# Added (red-flag pass): a boiling-hot baby; an arm that hangs; the throat closing; sleeping pills.
bébé … bouillant*
nourrisson … bouillant*
bras … pend
bras qui pend
gorge … referme
gorge … se ferme
avalé tous mes
avalé toutes mes
avalé … somnifère*
pris tous mes somnifères
pris … somnifères d'un coup

[urgent-combinations]
# Two facts that are a red flag together, each anywhere in the reply (a "…" entry cannot cross a comma); {temperature} = a fever-range number (38,5 / 39° / 101F).
fièv* + chimio*
températ* + chimio*
{temperature} + chimio*
corps chaud + chimio*
frisson* + chimio*
fièv* + bébé
fièv* + nourrisson*
fièv* + nouveau-né*
fièv* + semaines
fièv* + 1 mois
fièv* + 2 mois
fièv* + d'un mois
températ* + bébé
températ* + semaines
corps chaud + bébé
{temperature} + bébé
{temperature} + semaine*
{temperature} + 1 mois
{temperature} + 2 mois
tête + anticoagul*
tombé* + anticoagul*
chute + anticoagul*
tête + fluidifi*
tête + éclaircir … sang
tête + Eliquis
tête + Xarelto
tête + Coumadin*
tête + warfarin*
tête + Sintrom
tête + Préviscan
saign* + anticoagul*
saign* + fluidifi*
saign* + Eliquis
saign* + Xarelto
saign* + Coumadin*
saign* + warfarin*
langue + gonfl*
lèvres + gonfl*
gonfl* + avaler
# Added (tlfrvi): bleeding in pregnancy; fever with stiff neck; heart pain spreading to the left arm.
saign* + enceinte
du sang + enceinte
fièv* + nuque
fièv* + cou raide
cœur + bras gauche
# Added (ru/fr pass): swelling or hives with breathing trouble; bleeding or pain in pregnancy.
allergi* + gorge … serr*
saign* + grossesse
du sang + grossesse
perte* de sang + enceinte
douleur* + enceinte … saign*
contraction* + semaines … enceinte
bébé + bouge plus
{temperature} + nourrisson*
{temperature} + nouveau-né*
{temperature} + 3 semaines
{temperature} + 4 semaines
allergi* + avaler
# Added (red-flag pass): a chest complaint with the jaw or the left arm in another clause.
poitrine + mâchoire
cœur + mâchoire
coeur + mâchoire
poitrine + bras gauche
# Added (red-flag pass): a hot or burning baby with its age; "je fais 39" (no decimal or degree).
brûlant* + bébé
brûlant* + semaines
brûlant* + 1 mois
brûlant* + 2 mois
brûlant* + nourrisson*
tout chaud + bébé
tout chaud + semaines
corps … chaud + bébé
corps … chaud + semaines
corps … chaud + 1 mois
corps … chaud + 2 mois
est chaud + semaines
fièv* + petit de … jours
fièv* + fils de … jours
fièv* + fille de … jours
fièv* + né il y a
fièv* + 3 mois
fais 38 + chimio*
fais 39 + chimio*
fais 40 + chimio*
fait 38 + chimio*
fait 39 + chimio*
fait 40 + chimio*
à 38 + chimio*
à 39 + chimio*
fait 38 + bébé
fait 39 + bébé
fait 40 + bébé
fait 38 + semaines
fait 39 + semaines
à 38 + semaines
à 39 + semaines
# Added (red-flag pass): a fall or head injury on blood thinners, in any order; "anticoagulant"
# written out because ru.lex's romanized "антикоагулянт*" otherwise takes the word from "anticoagul*".
tomb* + anticoagul*
tomb* + anticoagulant
tête + anticoagulant
tombé* + anticoagulant
chute + anticoagulant
saign* + anticoagulant
mal … tête + anticoagul*
mal … tête + anticoagulant
tomb* + Xarelto
tomb* + Eliquis
tomb* + Coumadin*
tomb* + fluidifi*
tête + coumadine
# Added (red-flag pass): hives or allergy with breathing or swallowing trouble; waters leaking or
# contractions in pregnancy; confusion with a sudden onset.
urticaire + avaler
urticaire + respir*
allergi* + respir*
perd* … liquide + enceinte
perd* … liquide + semaines
perte* de liquide + enceinte
contraction* + semaines
contraction* + enceinte
du mal à parler + d'un coup
du mal à parler + soudain*
du mal à parler + tout à coup
engourdi* + d'un coup
# Added (red-flag pass): a boiling-hot baby given its age; stammering with a weak arm or a twisted mouth.
bouillant* + bébé
bouillant* + semaines
bouillant* + 1 mois
bouillant* + 2 mois
bafouill* + bras
bafouill* + bouche

[opt_out]
# Stop sending me messages (any clear request, whatever the case or spacing).
stop
stop sms
stop messages
arrêt
arrêt sms
arrêtez
arrêtez de m'écrire
arrêtez de m'envoyer
arrêtez les messages
arrêtez les sms
arrêtez les textos
arrêter les messages
arrêter les sms
arrête de m'écrire
arrête de m'envoyer
désabonn*
désinscri*
me désinscrire
ne plus recevoir
plus recevoir
veux plus recevoir
ne m'écrivez plus
m'écrivez plus
ne plus m'écrire
ne m'envoyez plus
m'envoyez plus
envoyez plus
plus de sms
plus de messages
plus de textos
retirez-moi
retirez mon numéro
retirer mon numéro
supprimez mon numéro
supprimer mon numéro
effacez mon numéro
enlevez-moi
enlevez mon numéro
enlever mon numéro
de votre liste
liste de diffusion
laissez-moi tranquille
foutez-moi la paix
harcel*
# --- ARRÊTE (tu) ; arrêtez / cessez de m'écrire, dans tous les registres
arrête
arrête de me contacter
arrête de me texter
arrêtez de me contacter
arrêtez de me texter
arrêtez d'envoyer
arrêtez d'écrire
arrêtez ces messages
arrêtez vos messages
arrêtez les rappels
arrêtez les notifications
arrêtez l'envoi
arrêter l'envoi
arrêter les rappels
arrêter les notifications
arrêter de recevoir
arrêter de m'envoyer
arrêter de m'écrire
d'arrêter les messages
d'arrêter les sms
d'arrêter de m'écrire
d'arrêter de m'envoyer
l'arrêt des messages
l'arrêt des sms
l'arrêt des rappels
l'arrêt des envois
cessez
cessez de m'écrire
cessez de m'envoyer
cessez d'envoyer
cessez de me contacter
cessez les messages
cessez les envois
cesser les messages
cesser de m'envoyer
cesser de m'écrire
cesser de me contacter
# --- je ne veux plus recevoir : listé avec son « ne », que le « ne » ne puisse pas l'annuler
ne veux plus recevoir
ne souhaite plus recevoir
ne désire plus recevoir
ne voulons plus recevoir
ne souhaitons plus recevoir
ne veux plus … messages
ne veux plus … sms
ne veux plus … textos
ne veux plus … rappels
ne veux plus … notifications
ne souhaite plus … messages
ne souhaite plus … sms
ne souhaite plus … rappels
ne désire plus … messages
ne désire plus … sms
ne veux plus être contacté*
ne souhaite plus être contacté*
veux plus être contacté*
souhaite plus recevoir
souhaite plus être contacté*
ne veux pas recevoir … messages
ne veux pas recevoir … sms
ne veux pas recevoir … textos
ne veux pas recevoir … rappels
ne souhaite pas recevoir … messages
ne souhaite pas recevoir … sms
ne souhaite pas recevoir … rappels
veux pas recevoir … messages
veux pas recevoir … sms
veux pas recevoir … textos
veux pas recevoir … rappels
veux pas recevoir … notifications
plus de rappels
plus de notifications
plus de message
ne me contactez plus
me contactez plus
ne me textez plus
ne me texte plus
ne m'écris plus
m'écris plus
ne m'envoie plus
m'envoie plus
ne me contacte plus
ne plus me contacter
ne plus m'envoyer
ne plus être contacté*
ne veux plus jamais recevoir
ne veux plus jamais … messages
ne veux plus jamais … sms
plus jamais de messages
plus jamais de sms
plus jamais de rappels
# --- désinscrivez-moi, retirez-moi de la liste (les radicaux sans accents aussi : « desinscri* »)
desinscri*
desabonn*
désinscrivez-moi
désabonnez-moi
retire-moi
enlève-moi
supprimez-moi
supprime-moi
effacez-moi
sortez-moi
sors-moi
ôtez-moi
rayez-moi
débarquez-moi
débarque-moi
retiré de … liste
retirée de … liste
retirer de … liste
supprime mon numéro
effacer mon numéro
oubliez mon numéro
retirez … numéro
supprimez … numéro
enlevez … numéro
# --- laissez-moi tranquille (France, Québec)
laisse-moi tranquille
laissez-moi en paix
fichez-moi la paix
fous-moi la paix
lâchez-moi
lâche-moi
sacrez-moi patience
sacrez-moi la paix
crissez-moi patience
# Added (ru/fr pass)
ne plus me texter
plus me texter
plus de texto
je veux plus de sms
veux plus de sms
veux plus de messages
veux plus de textos
veux plus de rappels
je veux pas de sms
je ne veux pas de sms
ne veux pas de messages
laissez moi tranquille
me retirer de la liste
enlevez-moi de la liste
retirez-moi de la liste
merci de ne plus m'envoyer
merci de ne plus m'écrire
merci de ne plus me contacter
merci d'arrêter
cessez de m'importuner
m'harcel*
arrêtez de m'importuner
arrêtez de me harceler
stoppez
stopper les messages
stopper les sms
stopper l'envoi
stoppez les messages

[opt_in]
# Start sending me messages again.
start
unstop
réabonn*
m'abonner
abonnez-moi
me réinscrire
réinscri*
réactiv*
reprendre les messages
reprendre les sms
reprendre les rappels
recevoir à nouveau
recevoir de nouveau
veux recevoir les messages
veux recevoir les rappels
continuer à recevoir
continuez à m'envoyer
vous pouvez m'écrire
vous pouvez m'envoyer
renvoyez-moi les messages
remettez-moi
# --- STOP ou ARRÊT envoyé par erreur : plus long que le mot seul, il l'emporte
stop par erreur
stop par accident
stop par mégarde
stop sans faire exprès
envoyé stop … erreur
fait stop … erreur
répondu stop … erreur
tapé stop … erreur
écrit stop … erreur
arrêt par erreur
arrêt sans faire exprès
désinscrit par erreur
désinscrite par erreur
désabonné par erreur
désabonnée par erreur
me suis désinscri* … par erreur
me suis désabonn* … par erreur
me suis désinscri* … sans faire exprès
me suis désabonn* … sans faire exprès
n'arrêtez pas
ne pas arrêter les messages
ne pas arrêter les rappels
# --- je veux les messages à nouveau (les radicaux sans accents aussi : « reactiv* »)
reactiv*
reabonn*
reinscri*
recommencer à recevoir
recevoir encore
veux encore recevoir
veux toujours recevoir
veux continuer à recevoir
me réabonner
remettez-moi sur la liste
rajoutez-moi
renvoyez-moi les rappels
les messages à nouveau
les rappels à nouveau
# Added (ru/fr pass)
recommencez à m'envoyer
renvoyez-moi les sms

[help]
# How does this service work / who is writing.
aide
info
infos
information*
renseignement*
qui est-ce
qui êtes-vous
vous êtes qui
c'est qui
qui est là
qui parle
qui m'écrit
de la part de qui
quel cabinet
quelle clinique
quel hôpital
quel médecin
quel docteur
c'est quoi ce message
c'est quoi ce numéro
c'est quoi ça
qu'est-ce que c'est
de quoi s'agit-il
d'où vient ce message
comment avez-vous eu mon numéro
je comprends pas
comprends pas
ne comprends pas
je comprends rien
pas compris
comment ça marche
comment ça fonctionne
comment répondre
que dois-je répondre
je dois répondre quoi
menu
# Added (ru/fr pass)
je n'ai pas compris
besoin d'aide
d'information*
l'information*

[other]
# Anything else a person should read: questions, wrong number, practical matters.
mauvais numéro
faux numéro
erreur de numéro
pas le bon numéro
trompé de numéro
trompés de numéro
connais pas cette personne
ne connais pas cette personne
décédé*
nous a quittés
n'habite plus
déménagé*
parking
stationnement
se garer
adresse
où se trouve
quel étage
combien
prix
tarif*
payer
paiement
facture
rembours*
mutuelle
carte vitale
assurance
RAMQ
ordonnance
renouvel*
résultat*
analyses
prise de sang
à jeun
jeûn*
apporter
documents
papiers
certificat
arrêt de travail
arrêt maladie
arrêt de bus
rappelez-moi
appelez-moi
me rappeler
m'appeler
je vous rappelle
question
une question
interprète
traducteur
en créole
peut-être
pas sûr
pas sûre
sais pas
ne sais pas
je verrai
on verra
ça arrête
arrête de prendre
arrêter de prendre
arrêtez de prendre
arrête le traitement
arrête mon traitement
arrête les médicaments
arrête mes médicaments
arrête le médicament
arrête la pilule
arrête de fumer
arrêt du traitement
arrêt des médicaments
arrêt du médicament
arrêt de la pilule
arrêt du tabac
arrêt d'autobus
arrêt du bus
arrêt de tram
arrêt de métro
arrêt des règles
en arrêt
# Added (ru/fr pass): chest X-rays and blood tests are no red flag by themselves (the [urgent]
# entries need a pain, bleeding or breathing word); these give the reply an "other" reading.
radio du thorax
radio pulmonaire
radio des poumons
scanner thoracique
bilan sanguin
analyse de sang
analyses de sang
groupe sanguin
don de sang
pas pressé
# Added (red-flag pass): "urgence" in a practical phrase, not a report (longer than the bare word, so it wins).
en cas d'urgence
contact en cas d'urgence
contact d'urgence
personne à contacter en cas d'urgence
numéro d'urgence
numéro des urgences
numéro pour les urgences
le numéro des urgences
facture des urgences
facture de l'urgence
frais des urgences
rien d'urgent
pas d'urgence
aucune urgence
y a pas d'urgence
sans urgence
pas urgent
pas très urgent
c'est pas urgent
n'est pas urgent

[ack]
# Neutral acknowledgements: confirm when the message asked for an answer, other when it asked nothing.
ok
okay
oké
okey
oki
okii
okok
ok ok
kk
k
d'accord
très bien
bien reçu
reçu
bien noté
noté
c'est noté
compris
c'est compris
entendu
c'est entendu
parfait
super
génial
nickel
cool
impeccable
ça marche
ça roule
c'est bon
ça va
c'est beau
correct
c'est correct
vu
t'inquiète
on est ensemble
👍
👍🏻
👍🏼
👍🏽
👍🏾
👍🏿
👌
🆗
# Added (ru/fr pass)
d'acc
dacc

[thanks]
# Thanks, blessings and polite closings.
merci
merci beaucoup
merci bien
merci infiniment
mille mercis
mille merci
grand merci
merci à vous
merci docteur
merci d'avance
je vous remercie
remerci*
c'est gentil
très gentil
trop gentil
Dieu vous bénisse
que Dieu vous bénisse
Dieu vous garde
soyez béni*
bénédiction*
Dieu merci
bonne journée
bonne soirée
bonne fin de journée
bon week-end
bonne semaine
🙏
🙏🏻
🙏🏽
🙏🏾
🙏🏿
🤗

[negation]
# Negation cues and how many following words each negates (scope ends at punctuation).
pas = 2
ne = 2
jamais = 1
sans = 2
aucun = 2
aucune = 2
ni = 1
non = 1
# Added (red-flag pass): "n'" written for "ne" ("je n'ai plus de douleur à la poitrine").
n'ai plus = 3
n'ai pas = 3
n'ai aucune = 3
n'a plus = 3
n'a pas = 3

[reaction]
# How iPhones and Android phones set to French report a positive reaction as text.
A aimé
A adoré
A souligné
A mis en évidence
A ajouté un « J'aime » à
A ajouté un « J'adore » à
A réagi avec 👍 à
A réagi avec ❤️ à
A réagi avec 👌 à
A réagi avec 🙏 à
A réagi avec ✅ à
A réagi avec 😂 à
A ri de
A ajouté un « Haha » à
👍 à
❤️ à

[reaction-other]
# The other reactions as text: they mean "other".
N'a pas aimé
S'est interrogé sur
S'est interrogée sur
A posé une question sur
A questionné
A ajouté un « Je n'aime pas » à
A ajouté un « ? » à
A retiré
A supprimé
A réagi avec 👎 à
A réagi avec 😮 à
A réagi avec 😢 à
A réagi avec ❓ à
👎 à

[words]
# Common French words, used only to tell which language a reply is in (none shared with ht, en, es, pt).
je j'ai c'est vous nous oui merci bonjour bonsoir salut coucou
suis serai peux pourrai viens viendrai vais êtes avez sommes
pas ne n'est d'accord aujourd'hui demain après-demain semaine
avec pour dans chez sur aussi encore beaucoup toujours
cette ça mon votre vos notre leur
qui quoi quand pourquoi combien rien tous
il elle ils elles moi toi lui eux
rendez-vous médecin docteur madame monsieur heure heures
du des aux une est et
désolé désolée s'il plaît cordialement journée soirée voilà alors donc
parce quelque chose faire fait être avoir
j'avais avais

[shorthand]
# SMS shorthand rewritten before matching (so entries above use the long forms).
bjr = bonjour
bsr = bonsoir
slt = salut
stp = s'il te plaît
svp = s'il vous plaît
pk = pourquoi
pq = pourquoi
pcq = parce que
pck = parce que
psk = parce que
jsuis = je suis
jsui = je suis
chuis = je suis
chui = je suis
chu = je suis
chus = je suis
jpeux = je peux
jpx = je peux
jpourrai = je pourrai
jpourrais = je pourrais
jserai = je serai
jvais = je vais
jvai = je vais
jviens = je viens
jveux = je veux
jme = je me
jte = je te
jsp = je sais pas
jpp = j'en peux plus
tkt = t'inquiète
rdv = rendez-vous
rdvs = rendez-vous
dm1 = demain
2m1 = demain
2main = demain
tjr = toujours
tjrs = toujours
bcp = beaucoup
mrc = merci
mci = merci
dsl = désolé
ds = dans
tt = tout
qd = quand
qq = quelques
qqn = quelqu'un
qqch = quelque chose
ns = nous
b1 = bien
bi1 = bien
mnt = maintenant
mtn = maintenant
oqp = occupé
koi = quoi
dac = d'accord
dacc = d'accord
dak = d'accord
msg = message
# Not an abbreviation: "à" (folded to "a") is listed as itself so that another language's
# shorthand for "a" (vi.lex: a = anh) conflicts and is not applied; otherwise every entry with
# "à" ("du mal à respirer", "à l'aide", "à demain") would never match.
à = à
# Added (ru/fr pass): "g mal" = "j'ai mal" (sounds alike).
g = j'ai
o = au

[minutes]
# Units after a number of minutes ("10 min de retard", "5mn").
min
mn
mins
minute
minutes

[hours]
# Units after a number of hours ("1h de retard"; "à 10h" is a clock time, which the classifier tells apart by "à").
h
heure
heures
hr

[durations]
# Spelled-out durations, in minutes.
une demi-heure = 30
demi-heure = 30
une demie heure = 30
un quart d'heure = 15
quart d'heure = 15
trois quarts d'heure = 45
trois quart d'heure = 45
une heure = 60
une heure et demie = 90
deux heures = 120
une minute = 1
deux minutes = 2
cinq minutes = 5
dix minutes = 10
quinze minutes = 15
vingt minutes = 20
trente minutes = 30
une dizaine de minutes = 10
une vingtaine de minutes = 20
quelques minutes = 10

[when]
# Day and time words for reschedule requests (full weekday names come from ICU).
aujourd'hui = +0d
auj = +0d
ajd = +0d
aujd = +0d
ce jour = +0d
demain = +1d
dmn = +1d
après-demain = +2d
la semaine prochaine = +1w
semaine prochaine = +1w
dans une semaine = +1w
dans deux semaines = +2w
dans 2 semaines = +2w
le mois prochain = +4w
lun = weekday:1
mar = weekday:2
mer = weekday:3
jeu = weekday:4
ven = weekday:5
sam = weekday:6
dim = weekday:7
matin = morning
le matin = morning
matinée = morning
en matinée = morning
avant-midi = morning
après-midi = afternoon
aprèm = afternoon
apm = afternoon
en après-midi = afternoon
soir = evening
ce soir = evening
soirée = evening
en fin de journée = evening
nuit = night
la nuit = night
avant = before
plus tôt = before
après = after
plus tard = after

[option-words]
# Words that introduce an option number ("option 2", "choix 1", "n° 2").
option
choix
numéro
n°
num
réponse
touche
chiffre

# --- Signaux d'alarme sous d'autres formes (2026-12-03) : idées suicidaires en style SMS,
# avaler toute une boîte de médicaments, poids sur le thorax.
[urgent]
veux plus vivre
jveux plus vivre
je veux plus vivre
j'veux plus vivre
plus envie de vivre
avaler toute ma boîte
avaler toute la boîte
avalé toute ma boîte
avalé toute la boîte
avaler tous mes cachets
avaler … boîte de cachets
avaler … boîte de médicaments
poids sur le thorax
poids sur la poitrine
poids … thorax

# 2026-12-03 (session 5): low mood without self-harm, feeling better, bills and insurance,
# parking, directions and opening hours, "who is this", moving the appointment, late, opting out
# (Québec "pu" for "plus"), red flags in everyday and Québec forms, declining, and work or family
# emergencies that only explain a cancellation.
[symptom]
# Low mood, anxiety, no sleep, no energy (rule 10: without self-harm this is a symptom).
je suis down
me sens down
un peu down
moral à zéro
moral à terre
moral dans les chaussettes
moral … à plat
pas de moral
file pas fort
filais pas fort
file pas ben fort
me sens à plat
suis à plat
complètement à plat
le cafard
broie du noir
coup de blues
coup de mou
le blues
bout du rouleau
à bout de nerfs
nerfs à vif
boule au ventre
à boutte
le moton
me sens vide
pas dans mon assiette
pas moi-même
plus moi-même
pas moi même
plus moi même
pas la forme
plus la forme
aucune énergie
pas d'énergie
plus d'énergie
manque d'énergie
sans énergie
goût à rien
goût de rien
envie de rien
plus envie de rien
pleure pour rien
pleure souvent
burn-out
burnout
burn out
épuisement
épuisé* mentalement
suis crevé*
mélancoli*
dors plus
dors presque plus
dors pas bien
arrive plus à dormir
n'arrive plus à dormir
arrive pas à fermer l'œil
arrive pas à fermer l'oeil
pas fermé l'œil
pas fermé l'oeil
nuits blanches
# A panic attack is no stroke: longer than "fait une attaque" of [urgent].
fait une attaque de panique
fais une attaque de panique
fait une attaque d'angoisse
fais une attaque d'angoisse
fait une attaque d'anxiété
fais une attaque d'anxiété
attaque de panique
attaques de panique
# "j'arrive" stays one word (a [confirm] entry): the part after it is listed on its own.
pas à dormir
plus à dormir
pas à m'endormir
plus à m'endormir
pas à fermer l'œil
pas à fermer l'oeil
# With their own negation, or the "ne"/"pas" in front would drop them.
ne suis plus moi-même
ne suis pas moi-même
ne suis plus moi même
pas le goût de rien
plus le goût de rien
pas goût à rien
plus goût à rien
n'ai plus goût à rien
n'ai goût à rien
# Still not better (the "better" phrases of [other] below are negated by the "pas" in front).
pas guéri*
pas encore guéri*
toujours pas guéri*
pas encore rétabli*
me sens pas mieux
sens toujours pas mieux

[other]
# Feeling better, recovered: nothing to act on (moved here from [symptom]). "pas mieux",
# "me sens mal" and every complaint named beside it still read as a symptom.
ça va mieux
va mieux
vais mieux
je vais mieux
me sens mieux
sens mieux
un peu mieux
beaucoup mieux
bien mieux
ça va beaucoup mieux
ça va bien mieux
ça va déjà mieux
ça va vraiment mieux
ça va un peu mieux
guéri*
rétabli*
je me sens mieux
je me sens beaucoup mieux
je me sens bien mieux
je me sens déjà mieux
je me sens vraiment mieux
je me sens bien maintenant
me porte mieux
je vais bien maintenant
ça va bien maintenant
tout va bien maintenant
tout va bien de mon côté
suis guéri*
suis rétabli*
suis remis
suis remise
en pleine forme
rentré dans l'ordre
ça s'est réglé
# Bills, charges, payment, insurance, receipts. "reçu" is an [ack] word: the longer phrases
# ("j'ai reçu une facture", "un reçu") win over it.
factur*
surfactur*
reçu … facture
reçu … relevé
reçu … compte à payer
reçu … avis de paiement
compte à payer
avis de paiement
relevé de compte
état de compte
un reçu
le reçu
mon reçu
du reçu
d'un reçu
reçu de paiement
reçu fiscal
ça coûte
coûte combien
le coût
les frais
des frais
frais de consultation
débité*
prélevé sur mon compte
je dois combien
je vous dois
couvert par
pris en charge par
quote-part
quote part
ticket modérateur
franchise
dépassement d'honoraires
dépassements d'honoraires
tiers payant
la sécu
sécurité sociale
assurance maladie
complémentaire santé
payé*
je paie
je paye
carte de crédit
carte bancaire
par carte
en espèces
chèque
gratuit*
# Parking, the way there, the address, opening hours. "il y a" / "y a" hold the English
# one-word "y" (yes): in a question ("il y a un parking ?") they are no answer.
il y a
y a-t-il
y a t il
y a un
y a une
y a des
me garer
je me gare
où garer
garer … voiture
stationner
me stationner
où stationner
c'est où
vous êtes où
où êtes-vous
où vous trouvez-vous
où exactement
vous êtes situés
êtes-vous situés
comment venir
comment s'y rendre
comment y aller
comment se rendre
comment aller à
itinéraire
plan d'accès
quel bâtiment
quelle entrée
quelle porte
heures d'ouverture
horaires d'ouverture
heure d'ouverture
vous ouvrez
vous fermez
êtes ouverts
êtes-vous ouverts
c'est ouvert
quel arrêt
quel bus
quelle station
près du métro
ascenseur
accès handicapé*
# Work or family emergencies that only explain why the patient cannot come: written in full so
# that the "urgence" inside yields ("une urgence", "je suis aux urgences" stay urgent).
urgence familiale
urgence de famille
urgence dans la famille
urgence au travail
urgence de travail
urgence au boulot
urgence à la job
urgence au bureau
urgence professionnelle
urgence personnelle
urgence à l'école

[help]
# Who is this, what is this number, what are these messages.
c qui
c'est qui ça
qui est à l'appareil
numéro de qui
à qui est ce numéro
à qui appartient ce numéro
c'est quel numéro
quel est ce numéro
connais pas ce numéro
ne connais pas ce numéro
numéro inconnu
c quoi ce numéro
c koi ce numéro
c quoi ce message
c koi ce message
c'est quoi ces messages
quoi ces messages
c'est quoi ces textos
pourquoi vous m'écrivez
pourquoi vous m'envoyez des messages
pourquoi vous m'envoyez ces messages
pourquoi je reçois ces messages
pourquoi je reçois ce message
pourquoi je reçois des messages
pourquoi ce message
c'est à quel sujet
à quel sujet

[reschedule]
# Another date or time, pushing it back, and the code-switched "reschedule".
bouger … rendez-vous
le bouger
le déplacer
remettre ça
remettre … semaine prochaine
remettre … mois prochain
plus tard dans la semaine
plus tard dans le mois
semaine prochaine plutôt
mois prochain plutôt
plutôt … mois prochain
au mois prochain
une semaine plus tard
deux semaines plus tard
quelques jours plus tard
reschedul*
re-schedul*
cédul* … autre
ajourn*
autre chose de disponible
quelque chose d'autre
auriez-vous … autre
auriez … plus tard
auriez … plus tôt
avez-vous … plus tard
avez-vous … plus tôt
quelque chose de disponible
une autre plage
d'autres plages
plage horaire

[late]
# A few minutes late ("deux petites minutes"), on the way but held up.
petites minutes
petite minute
p'tites minutes
ptites minutes
arriver un peu tard
arriver tard
arriverai … tard
vais être un peu tard
serai un peu tard
en route mais
en chemin mais
sur la route mais
donnez-moi … minutes
donnez-moi … min
métro … en panne
bus … en panne
voiture … en panne
auto … en panne
char … en panne
pneu crevé
pneu à plat
crevaison
panne d'essence

[opt_out]
# Stop the messages, with the Québec "pu" for "plus".
veux pu recevoir
veux pu de messages
veux pu de textos
veux pu de sms
veux pu … messages
veux pu … textos
veux pu … sms
envoyez-moi pu
écrivez-moi pu
textez-moi pu
texte-moi pu
m'envoyez pu
m'écrivez pu
pu de messages
pu de textos
pu de sms
pu de message
assez de vos messages
assez de ces messages
marre de vos messages
marre de ces messages
marre des messages
marre de recevoir
tanné* de vos messages
tanné* des messages

[urgent]
# Chest, breathing, stroke, fainting, bleeding, suicide: everyday, Québec and "pu" forms.
respire pu
peux pu respirer
peut pu respirer
pu capable de respirer
veux pu vivre
veux plus être en vie
ne veux plus être en vie
veux pas être en vie
me tirer une balle
me flinguer
fait une attaque
attaque cérébrale
bouche … croche
visage … croche
parle … croche
bouche … tombe
bave d'un côté
bave … côté
plus de force dans … bras
plus de force dans … jambe
me sens partir
sens partir
perdu conscience
perd conscience
perte de conscience
s'est écroulé*
sang … sans arrêt
saigne … à flot*

[cancel]
# Declining ("no thanks, I won't go").
ce sera sans moi
ne sera pas possible
sera pas possible
serait pas possible
passe mon tour
laiss* tomber … rendez-vous
non pas besoin
non j'ai pas besoin
non je n'ai pas besoin
pas besoin merci
y vais pas
n'y vais pas
y vais plus
n'y vais plus
je m'abstiens
vais m'abstenir
suis pas capable
ça marche pas pour moi
ça ne marche pas pour moi
ça me va pas
ça ne me va pas

# 2026-12-03 (session 6): severe pain in pregnancy, overdose and poisoning (first and third
# person, children), someone passed out or not answering, heavy bleeding in everyday words,
# chest pressure slang and chest pain with sweating, suicidal thoughts in slang and in the third
# person, and stop requests (bare words in [alone], phrases in [opt_out]).
[urgent]
# Overdose: a blister strip, a handful, a dozen or more, "too many", third person ("ses").
toute une plaquette
une plaquette entière
plaquette entière
poignée de cachets
poignée de comprimés
poignée de médicaments
poignée de pilules
poignée de gélules
dizaine de comprimés
dizaine de cachets
dizaine de pilules
vingtaine de comprimés
vingtaine de cachets
vingtaine de pilules
trentaine de comprimés
trentaine de cachets
pris plein de cachets
pris plein de comprimés
pris plein de médicaments
pris plein de pilules
pris 10 comprimés
pris 15 comprimés
pris 20 comprimés
pris 30 comprimés
pris 10 cachets
pris 20 cachets
trop de somnifères
trop de pilules
trop de gélules
trop de paracétamol
trop de doliprane
trop d'insuline
pris toutes ses pilules
pris tous ses cachets
pris tous ses comprimés
avalé toutes ses
avalé tous ses
tout le tube
toute la boîte de
intoxication*
l'intoxication*
d'intoxication*
intox médicamenteuse
# A child who ate pills (written without a gap: "j'ai mangé avant mes médicaments" is no overdose).
mangé des médicaments
mangé des comprimés
mangé des cachets
mangé des pilules
mangé des gélules
mangé mes médicaments
mangé mes comprimés
mangé mes cachets
mangé mes pilules
mangé ses médicaments
mangé les médicaments
mangé les comprimés
mangé les cachets
mangé les pilules
mangé plein de médicaments
mangé plein de cachets
mangé plein de comprimés
mangé plein de pilules
# Drank or swallowed bleach, a cleaning product, poison, a button battery.
bu … javel
bu … eau de javel
avalé … javel
bu … produit ménager
bu … produit d'entretien
bu … produit de nettoyage
avalé … produit ménager
avalé … produit d'entretien
avalé … produit de nettoyage
bu … détergent
bu … déboucheur
bu … destop
bu … white spirit
bu … alcool à brûler
bu … pétrole
bu … essence
bu … acide
bu … insecticide
bu … pesticide
bu … poison
avalé … poison
mort aux rats
mort-aux-rats
raticide
bu … lessive
avalé … lessive
capsule de lessive
capsules de lessive
pastille de lave-vaisselle
avalé une pile
avalé la pile
avalé une pile bouton
fait une TS
fait une tentative
# Passed out, collapsed, will not wake, not answering (of a person). The forms with their own
# "ne" are listed beside the bare ones, so that "ne" cannot negate them.
il ne répond plus
elle ne répond plus
il répond plus
elle répond plus
ne répond plus du tout
répond plus du tout
ne répond pas quand je lui parle
répond pas quand on lui parle
répond pas quand je lui parle
répond plus quand on lui parle
répond plus quand je lui parle
ne répond pas … secou*
répond pas … secou*
il réagit pas
elle réagit pas
réagit pas quand
réagit plus à rien
ne réagit plus à rien
réagit à rien
ne réagit à rien
il ne bouge plus
elle ne bouge plus
il bouge plus
elle bouge plus
difficile à réveiller
dur à réveiller
impossible de le réveiller
impossible de la réveiller
impossible à réveiller
dans le coma
en coma
tombé* dans le coma
comateu*
inerte
tourné de l'œil
tourné de l'oeil
tombé raide
tombée raide
fait un black-out
eu un black-out
fait un blackout
eu un blackout
eu un trou noir
fait un trou noir
eu un malaise
pris d'un malaise
ne reprend pas connaissance
reprend pas connaissance
# Heavy bleeding in everyday words: gushing, soaked dressings, blood everywhere.
saigne comme un bœuf
saigne comme un boeuf
saigne comme un porc
saigne comme un cochon
pisser le sang
sang gicle
gicle … sang
sang … à flot*
sang … coule … fort
pansement … trempé*
trempé* … pansement
pansement … plein de sang
bandage … trempé*
bandage … plein de sang
compresse* … trempée*
compresse* … pleine* de sang
pleine de sang
pleins de sang
pleines de sang
trempé de sang
trempée de sang
trempés de sang
imbibé de sang
imbibée de sang
baigne dans son sang
mare de sang
flaque de sang
du sang de partout
caillots énormes
énormes caillots
plein de caillots
beaucoup de caillots
saigne encore et encore
saigne toujours autant
# Chest pressure: a bar, a vice, an elephant, an anvil, a crushed or heavy chest.
barre … poitrine
barre au niveau de la poitrine
barre … thorax
barre … torse
barre … sternum
étau … poitrine
poitrine … étau
étau … thorax
écras* … poitrine
poitrine … écras*
m'écras* … poitrine
m'écras* … thorax
éléphant … poitrine
éléphant … torse
enclume … poitrine
lourdeur* … poitrine
compression … poitrine
poitrine compressée
poitrine … compressée
pèse … poitrine
gêne … poitrine
gêne thoracique
serré* … poitrine
# Suicidal thoughts: slang ("me buter"), weariness of life, and the third person ("se tuer").
me buter
me mettre une balle
balle dans la tête
se tuer
se foutre en l'air
se pendre
s'est pendu*
se jeter … fenêtre
se jeter … pont
se jeter sous
se couper les veines
s'ouvrir les veines
s'est ouvert les veines
se faire du mal
s'est fait du mal
se mutil*
veut mourir
voulait mourir
veut en finir
voulait en finir
parle de mourir
s'ôter la vie
se donner la mort
fatigué de vivre
fatiguée de vivre
las de vivre
lasse de vivre
plus le goût de vivre
pas le goût de vivre
perdu le goût de vivre
dormir pour toujours
jamais me réveiller
ne jamais me réveiller

[urgent-combinations]
# Pregnancy (or its term in weeks or months) with a severe, constant or unbearable pain.
enceinte + fort* douleur*
enceinte + douleur* … fort*
enceinte + grosse* douleur*
enceinte + douleur* … terrible*
enceinte + douleur* … horrible*
enceinte + douleur* … violente*
enceinte + douleur* … intense*
enceinte + douleur* … aiguë*
enceinte + douleur* … constante*
enceinte + douleur* … permanente*
enceinte + douleur* … continue*
enceinte + douleur* … passe pas
enceinte + douleur* … part pas
enceinte + douleur* … arrête pas
enceinte + mal … passe pas
enceinte + mal … part pas
enceinte + mal … sans arrêt
enceinte + très mal au
enceinte + trop mal au
enceinte + super mal
enceinte + hyper mal
enceinte + tellement mal
enceinte + vraiment mal au
enceinte + fait très mal
enceinte + fait trop mal
enceinte + ventre … dur
enceinte + contraction* … fort*
enceinte + crampe* … fort*
grossesse + fort* douleur*
grossesse + douleur* … fort*
grossesse + grosse* douleur*
grossesse + douleur* … violente*
grossesse + douleur* … intense*
grossesse + très mal au
grossesse + trop mal au
attend* un bébé + douleur*
attend* un bébé + très mal
attend* un enfant + douleur*
j'attend* un bébé + douleur*
j'attend* un bébé + très mal
j'attend* un enfant + douleur*
en cloque + douleur*
en cloque + très mal
semaines de grossesse + douleur*
semaines de grossesse + mal … ventre
semaines de grossesse + mal … dos
semaines de grossesse + crampe*
mois de grossesse + douleur*
mois de grossesse + mal … ventre
mois de grossesse + mal … dos
mois de grossesse + crampe*
enceinte … mois + douleur*
enceinte … mois + mal … ventre
enceinte … mois + mal … dos
enceinte … mois + mal … reins
enceinte … semaines + douleur*
enceinte … semaines + mal … ventre
enceinte … semaines + mal … dos
enceinte … semaines + mal … reins
semaines d'aménorrhée + douleur*
semaines d'aménorrhée + mal … ventre
# A child or someone who found the pills and ate, swallowed or took some.
médicament* + en a mangé
comprimé* + en a mangé
cachet* + en a mangé
pilule* + en a mangé
gélule* + en a mangé
vitamines + en a mangé
médicament* + en a avalé
comprimé* + en a avalé
cachet* + en a avalé
pilule* + en a avalé
toute la bouteille + vitamines
toute la bouteille + sirop
toute la bouteille + médicament*
toute la bouteille + comprimé*
toute la bouteille + pilule*
tout le pot + vitamines
tout le flacon + vitamines
javel + a bu
javel + il a bu
javel + elle a bu
# Not answering, with a fall or lying on the floor.
ne répond plus + par terre
répond plus + par terre
ne répond pas + par terre
répond pas + par terre
ne répond pas + tombé*
répond pas + tombé*
répond pas + allongé*
répond pas + yeux fermés
répond plus + tombé*
ne répond plus + tombé*
répond plus + allongé*
ne répond plus + allongé*
ne répond pas + allongé*
répond plus + yeux fermés
dans les vapes + réagit
# Chest with cold sweats.
sueur* froide* + poitrine
sueur* froide* + thorax
sueur* froide* + bras gauche
transpir* + bras gauche
poitrine … lourde + sueur*
poitrine … lourde + transpir*

[alone]
# The whole reply is a bare stop word ("Assez !", "Ça suffit", "FIN").
assez = opt_out
c'est assez = opt_out
ça suffit = opt_out
suffit = opt_out
basta = opt_out
fin = opt_out
halte = opt_out
arrêter = opt_out
stopper = opt_out
spam = opt_out

[opt_out]
# No more messages: "pas de sms", "marre de vos textos", "ne m'envoyez pas de messages",
# "veux plus rien recevoir", "enlevez mon nom", "arrêtez de me spammer".
pas de sms s'il vous plaît
pas de messages s'il vous plaît
pas de textos s'il vous plaît
pas de sms merci
pas de messages merci
pas de textos merci
veux pas de messages
veux pas de textos
veux pas de vos
ne veux pas de vos
marre de vos sms
marre de vos textos
marre de vos rappels
marre des sms
marre des textos
marre de ces sms
messages … saoul*
sms … saoul*
textos … saoul*
saoul* … messages
saoul* … sms
saoul* … textos
me gonflez avec vos
veux plus rien recevoir
ne veux plus rien recevoir
souhaite plus rien recevoir
ne souhaite plus rien recevoir
ne m'envoyez pas de messages
ne m'envoyez pas de sms
ne m'envoyez pas de textos
m'envoyez pas de messages
m'envoyez pas de sms
m'envoyez pas de textos
envoyez-moi pas de
envoyez pas de messages
envoyez pas de sms
envoyez pas de textos
ne me textez pas
me textez pas
textez-moi pas
ne m'envoyez plus rien
m'envoyez plus rien
envoyez-moi plus rien
retirez mon nom
enlevez mon nom
supprimez mon nom
effacez mon nom
retirer mon nom
enlever mon nom
rayez mon numéro
rayez-moi de
oubliez-moi
arrêtez de me spammer
arrête de me spammer
arrêtez le spam
me spammez
me spammer

[other]
# Not answering the phone or messages is no red flag: longer than "il ne répond plus" of [urgent].
il ne répond plus au téléphone
il ne répond plus à mes appels
il ne répond plus à mes messages
il ne répond plus aux messages
il ne répond plus à mes sms
elle ne répond plus au téléphone
elle ne répond plus à mes appels
elle ne répond plus à mes messages
elle ne répond plus aux messages
elle ne répond plus à mes sms
il répond plus au téléphone
il répond plus à mes appels
il répond plus à mes messages
il répond plus aux messages
il répond plus à mes sms
elle répond plus au téléphone
elle répond plus à mes appels
elle répond plus à mes messages
elle répond plus aux messages
elle répond plus à mes sms
