# English (en) reply lexicon for Parlance.
#
# What this is: the words and phrases that patients use in SMS replies to clinic
# messages (appointment reminders, check-ins, lab and refill notices), grouped by the
# intent they signal (see shared/spec/intents.md). Written from everyday US and UK
# texting usage: shorthand, slang, emoji and phone reactions sent as text.
#
# How to read it: one entry a line. Case, accents and apostrophes are ignored
# (can't = cant). `*` ends a stem (cancel* = cancel, cancelled, cancelling).
# `…` allows up to three other words in between (pain … chest = "pain in my chest").
# Entries that carry their own negation ("can't make it", "can't breathe") are matched
# whole. Safety first: every red flag of intents.md rule 10 is under [urgent].

@schema lexicon@1
@lang en
@name English

[confirm]
# "I will attend" / yes to the question asked.
yes
yeah
yea
yeh
yah
yep
yup
yes please
yess
yesss
yas
sure
sure thing
for sure
of course
ofc
absolutely
definitely
certainly
affirmative
that's correct
that's right
confirm*
i confirm
please confirm
i'll be there
i will be there
we'll be there
will be there
be there
b there
i'll come
i will come
we'll come
we will come
i'm coming
we're coming
coming
still coming
i can come
i can make it
can make it
i'll make it
will make it
i will attend
i'll attend
will attend
attending
see you then
see you
see ya
see u
c u
c you
cya
see you soon
see you tomorrow
count me in
i'm in
that works
works for me
that time works
i'm available
keep it
keep the appointment
keep my appointment
still on
on my way
omw
on the way
otw
heading there
heading over
headed there
leaving now
be there soon
almost there
i'm here
we're here
i'm outside
just arrived
i've arrived
looking forward
✅
✔️
✔
☑️
yessir
yes sir
yes ma'am
yes mam
yes maam
yes we will
yes i will
yes we'll be there
fs
yup yup
see y'all
see y'all then
see you guys
see you guys then
see you all then
we will be there
i will be there!
yes i'll be there

[cancel]
# "I will not attend; release the slot". A bare "no" answers "YES to confirm or NO to cancel".
# The carrier keyword CANCEL is here too: in our label set it cancels the appointment.
no
nope
nah
naw
no thanks
no thank you
cancel*
❌
can't make it
cnt make it
cannot make it
can not make it
won't make it
not gonna make it
not going to make it
unable to make it
not able to make it
won't be able to make it
won't be able to come
won't be able to attend
can't come
cannot come
can't go
can't attend
can't be there
won't be there
won't be coming
not coming
not going
i'm not coming
we're not coming
not attending
won't attend
unable to come
unable to attend
not able to come
don't think i can make it
don't think i'll make it
don't think i can come
not sure i can make it
have to cancel
need to cancel
want to cancel
call it off
count me out
i'll pass
i decline
decline
skip it
skip this one
not this time
something came up
changed my mind
forget it
no longer need
no longer needed
no longer coming
don't need the appointment
don't need it anymore
not needed
already seen
already went
went elsewhere
found another doctor
got another doctor
out of town
moved away
not interested
# --- not able to / don't want to come
not gonna be able to come
not gonna be able to make it
not gonna be able to go
not gonna be able to attend
not going to be able to come
not going to be able to make it
not going to be able to go
won't be able to go
won't be able to be there
will not be able to come
will not be able to make it
will not be able to attend
not be able to come
not be able to make it
don't want to come
don't want to go
don't wanna come
don't wanna go
don't want the appointment
don't want to keep
we'll pass
i'll have to pass
gonna pass
pass this time
have to skip
need to skip
gotta cancel
gotta skip

[reschedule]
# "I want the appointment at another time".
resched*
re schedule
rebook*
re book
postpone*
push it back
push … back
move … appointment
move … appt
move it
change … appointment
change … appt
change the time
change the date
change the day
change it to
switch … appointment
switch … day
different time
different day
different date
another time
another day
another date
other times
other days
new time
new date
new appointment
another appointment
later time
earlier time
later appointment
earlier appointment
later date
later in the day
anything sooner
anything earlier
anything later
something later
something earlier
sooner appointment
any openings
openings
availability
available times
next available
what times
what days
come in later
come in earlier
can i come later
can i come earlier
instead
can we do
could we do
how about
time doesn't work
day doesn't work
date doesn't work
time won't work
doesn't work for me
bump it
# --- push it / bump it to another time
push it
push it to
push … to the afternoon
push … to the morning
push … to next week
bump … to
move it to
move to the afternoon
move to the morning
switch it to
change it for
come another day
come a different day
another time slot
different time slot
afternoon instead
morning instead
later instead
earlier instead
# --- switch to a video or phone visit
switch to … virtual
switch to … video
switch to … telehealth
switch to … phone
change … to virtual
change … to video
change … to telehealth
change … to a phone
make it virtual
make it a video
make it … telehealth
do it … virtually
do it over the phone
do it by phone
do it by video
telehealth instead
virtual instead
video visit instead
phone visit instead

[late]
# "I am coming but will be late".
late
running late
gonna be late
going to be late
be late
bit late
little late
few minutes late
min late
mins late
minutes late
running behind
bit behind
little behind
minutes behind
behind schedule
running a bit behind
running … behind
running … late
stuck in traffic
traffic
traffic jam
in traffic
delayed
held up
missed the bus
missed my bus
missed the train
bus is late
train is late
ride is late
uber is late
waiting for my ride
waiting on my ride
still at work
won't make it on time
not gonna be able to make it on time
not going to be able to make it on time
won't be able to make it on time
will not be able to make it on time
not gonna make it on time
can't make it on time
might not make it on time
not going to be on time
won't be on time
can't be on time
be a few minutes
few minutes behind
please wait for me
wait for me
save my spot
hold my spot
l8
# --- on the way, a few minutes out (the engine reads "in 15 mins" by itself; these cover the fillers)
there in like
there in about
there in a few
there in a bit
be there shortly
there shortly
few mins away
few minutes away
min away
mins away
minutes away
couple minutes away
parking now
looking for parking
finding parking
overslept
woke up late

[symptom]
# A non-emergency health report or concern: complaints, side effects, low mood.
pain*
hurt*
ache*
aching
sore
sore throat
cough*
fever*
feverish
temperature
running a temp
a temp
chills
sweats
dizz*
lightheaded
light headed
woozy
vertigo
nause*
queasy
vomit*
throwing up
threw up
throw up
puke
puking
diarr*
constipat*
headache*
migraine*
rash*
hives
itch*
swell*
swollen
bruis*
bleed*
nosebleed
blood in
bloody nose
infect*
pus
oozing
wound
incision
stitches
spreading
redness
sick
feel sick
feeling sick
not feeling well
not feeling good
not feeling great
not feeling so good
don't feel well
don't feel good
don't feel right
feel awful
feeling awful
feel terrible
feeling terrible
feel like crap
feel ill
feeling ill
unwell
under the weather
not doing well
not doing good
i'm not ok
i'm not okay
getting worse
feel worse
feeling worse
not getting better
not improving
not better
still hurts
still sick
a cold
caught a cold
the flu
got the flu
flu symptoms
covid
tested positive
strep
pneumonia
bronchitis
uti
burns when i pee
burning when i pee
congest*
stuffy
runny nose
sinus*
sneez*
earache
ear infection
pink eye
toothache
food poisoning
stomach ache
stomachache
stomach … hurt*
upset stomach
cramp*
tired
fatigue*
exhaust*
weak*
numb
numbness
tingl*
palpitation*
heart … racing
heart … pounding
racing heart
irregular heartbeat
wheez*
can't sleep
insomnia
anxious
anxiety
panic attack*
panicking
depressed
depression
feeling down
feeling low
feel down
feel low
sad
lonely
hopeless
worthless
stressed
overwhelmed
crying
side effect*
reaction to
allergic reaction
allergic to
meds … making me
meds … make me
pills … making me
pills … make me
medication … making me
medication … makes me
medicine … making me
medicine … makes me
blood pressure … high
blood pressure … low
bp … high
sugar … high
sugar … low
blood sugar
i fell
had a fall
fell down
took a fall
# A stop word that is not a request to stop messages ("the pain won't stop").
won't stop
will not stop
can't stop
cannot stop
can not stop
couldn't stop
doesn't stop
does not stop
make it stop
make the pain stop
stop the pain
stop the itching
stop itching
stop hurting
stop coughing
stop the cough
stop throwing up
stop vomiting
stop the diarrhea
stop the nausea
stop crying
# --- a symptom that has gone away (no negation word inside: an entry that holds "no" or "not"
# switches that cue off). Chest pain that "went away" stays urgent on purpose (rule 3: in
# doubt, urgent), so it is not listed here.
fever is gone
fever's gone
fever broke
fever went down
fever went away
pain is gone
pain's gone
pain went away
stopped bleeding
bleeding stopped
bleeding has stopped
# --- not feeling better (a health report after a visit). The improvement wordings ("feeling better",
# "much better", "improving") moved to [other] in the 2026-12-03 (session 5) block at the end.
not feeling better
not feeling any better
don't feel better
don't feel any better
# --- low mood in everyday words
kinda down
kind of down
bit down
so down
really down
feeling blue
feeling off
not myself
been down
in a funk
mood … low
struggling mentally
mental health
# --- a small cut (self-harm wordings are under urgent)
cut myself
cut my finger
cut my hand
a cut on
# --- home readings of sugar and blood pressure
sugar was
sugars were
sugar is
sugar has been
sugar reading
sugar levels
glucose was
glucose is
bp was
bp is
bp has been
blood pressure was
blood pressure has been
pressure was high
pressure was low
# --- everyday complaints found missing in testing
is killing me
are killing me
upsetting my stomach
upset my stomach
upsets my stomach
allergies
acting up
lost my appetite
loss of appetite
no appetite
poor appetite
not hungry
not eating
itchy
watery eyes
eyes … watering
poorly
feeling rough
feel rough
knackered
being sick
been sick

[urgent]
# A possible emergency that needs a person now: every red flag of intents.md rule 10.
# When in doubt between symptom and urgent, an entry is here.
# --- chest pain, pressure, tightness; heart attack
chest pain*
pain … chest
pains … chest
chest … hurt*
hurt* … chest
chest … ache*
chest … tight*
tight* … chest
chest … pressure
pressure … chest
chest … heavy
heavy … chest
chest … squeez*
squeez* … chest
chest … burn*
burning … chest
crushing
heart attack
heart … hurt*
pain … left arm
left arm … pain
left arm … numb
# --- breathing
can't breathe
can't breath
cannot breathe
can not breathe
couldn't breathe
can barely breathe
can hardly breathe
barely breathing
not able to breathe
won't be able to breathe
unable to breathe
not breathing
isn't breathing
stopped breathing
hard to breathe
hard to breath
hard time breathing
trouble breathing
trouble … breath*
difficulty breathing
difficulty … breath*
struggling to breathe
struggling … breath*
struggling for air
short of breath
shortness of breath
out of breath
breathless
can't catch my breath
can't get … breath
can't get air
can't get enough air
not getting air
gasping
suffocat*
choking
turning blue
lips … blue
blue lips
# --- suicide, self-harm, overdose
suicid*
kill myself
killing myself
kms
unalive*
end my life
ending my life
end it all
ending it all
take my life
want to die
wanna die
want to be dead
wish i was dead
wish i were dead
better off dead
better off without me
don't want to live
don't want to be alive
don't want to be here
don't want to wake up
never wake up
# phrasings that carry their own negation, with room for inserted words
don't want … live*
don't … want to live
don't want … living
don't want … alive
don't … want to be alive
don't want to exist
don't … want to exist
don't want … wake up
don't … want to wake up
don't wanna … live*
don't wanna … alive
don't wanna … wake up
do not want … live*
do not want … alive
doesn't want … live*
doesn't want … alive
no longer want … live*
no longer want … alive
no point … living
no point in life
nothing to live for
no will to live
no one would … miss me
nobody would … miss me
no one would care if i died
nobody would care if i died
no one would care if i … gone
nobody would care if i … gone
sleep and not wake up
can't keep going like this
can't keep going on
can't live like this
rather be dead
want to end it
never had pain like this
never felt … like this
never been this bad
no reason to live
not worth living
can't go on
can't take it anymore
can't do this anymore
hurt myself
hurting myself
harm myself
harming myself
self harm
# "cut myself" alone also reads a kitchen accident: self-harm wordings instead
been cutting myself
started cutting myself
want to cut myself
wanna cut myself
urge to cut
cut myself deep
cut myself on purpose
cut myself … on purpose
hurt myself … on purpose
cutting myself
cutting again
i cut again
cut … myself again
myself on purpose
slit my wrist*
slit … wrist*
cut my wrist*
cutting my wrist*
self harm*
selfharm*
self injur*
kill my self
killing my self
thoughts of … suicide
thoughts of … dying
thoughts of … killing
overdos*
took too many pills
took too many
took … bunch of … pills
took … handful of … pills
took all my pills
took the whole bottle
swallowed … pills
poisoned
poison control
swallowed poison
drank bleach
988
# --- stroke signs
stroke
face … droop*
droop*
droopy face
crooked smile
smile … crooked
one side … face
face … numb
slurr*
speech … slurr*
trouble speaking
words … jumbled
can't get … words out
can't move … arm
can't move … leg
can't move … side
can't lift … arm
can't feel … arm
can't feel … leg
can't feel … face
one side … numb
numb … one side
side … numb
side … numbness
left side … weak*
right side … weak*
side … went numb
weak … one side
one side … weak*
sudden … numb*
sudden … weak*
sudden … confus*
sudden … vision
lost … vision
can't see out of
blind in one eye
worst headache
# --- heavy bleeding
heavy bleeding
bleeding heavily
bleeding heavy
bleeding a lot
bleeding … lot
bleeding so much
bleeding really bad
bleeding badly
bleeding bad
won't stop bleeding
can't stop bleeding
can't stop the bleeding
can't … stop bleeding
can't … stop the bleeding
can't … bleeding to stop
can't … bleeding stop
unable to stop … bleeding
won't stop … bleeding
stop the bleeding
bleeding … can't stop
bleeding … isn't stopping
bleeding … is not stopping
bleeding … won't quit
bleeding nonstop
bleeding non stop
nonstop bleeding
blood … won't stop
blood … doesn't stop
blood … not stopping
keeps on bleeding
bleed* for … hour*
bleed* … over an hour
nosebleed for … hour*
bleeding won't stop
bleeding … won't stop
bleeding … doesn't stop
bleeding … not stopping
bleeding hasn't stopped
hasn't stopped bleeding
keeps bleeding
still bleeding
lots of blood
lot of blood
so much blood
blood everywhere
gushing
soaking … pads
soaked … pads
soaking through
soak* … pad
soak* … pads
large clots
big clots
clots … size of
blood … pouring
pouring … blood
spurting
bleeding through
hemorrhag*
haemorrhag*
coughing up blood
throwing up blood
vomiting blood
pregnant … bleed*
bleed* … pregnant
water broke
baby … not moving
# --- fainting, unconscious, seizure
passed out
pass out
passing out
blacked out
blacking out
faint*
lost consciousness
knocked out
unconscious
unresponsive
won't wake up
not waking up
can't wake … up
collapse*
fell … can't get up
can't get up off the floor
seizure*
seizing
convuls*
having a fit
# --- fever in a baby under three months, fever during chemotherapy
baby … fever*
fever* … baby
baby … temperature
baby … temp
newborn … fever*
fever* … newborn
newborn … temperature
newborn … temp
infant … temp
infant … temperature
infant … fever*
fever* … infant
week old … fever*
weeks old … fever*
month old … fever*
months old … fever*
fever* … weeks old
fever* … month old
fever* … months old
week … fever*
weeks … fever*
month … fever*
months … fever*
baby … and … fever*
baby … has … fever*
chemo* … fever*
fever* … chemo*
chemo* … temperature
temperature … chemo*
neutropen*
fever* … and … chemo*
fever* … i'm on chemo*
fever* … getting chemo*
temperature … and … chemo*
# --- head injury (on blood thinners)
hit my head
hit his head
hit her head
bumped my head
banged my head
head injury
hit … head … hard
fell … hit … head
thinner* … fell
fell … thinner*
thinner* … head
head … thinner*
warfarin … fell
eliquis … fell
xarelto … fell
# --- severe allergic reaction
anaphyla*
severe allergic
epipen
epi pen
throat … swell*
throat … swollen
throat … closing
throat … tight*
tongue … swell*
tongue … swollen
lips … swell*
lips … swollen
swell* … throat
swollen throat
swell* … tongue
swollen tongue
tongue … thick
swell* … lips
swollen lips
epinephrine
# --- explicit distress and emergency words
emergency
emergency room
urgent
911
999
ambulance
call 911
the er
sepsis
septic
help me
please help me
someone help
somebody help
send help
need help now
need help right now
need help asap
i am dying
i'm dying
think i'm dying
feel like i'm dying
no pulse
heart stopped
cpr
# --- chest: more everyday wordings ("elephant on my chest", "chest is killing me", past tense)
elephant … chest
weight on my chest
sitting on my chest
chest … killing me
chest … hurting
chest … hurted
chest … achy
chest … pains
pain … heart
heart … pain*
sharp pain … chest
stabbing … chest
chest … stabbing
heart attack symptoms
# --- breathing: more wordings, and in a child or parent
breathing … hard
breathing … labored
labored breathing
laboured breathing
breathing … weird
breathing problems
breathing … trouble
trouble … breathing
can't get a breath
can't get my breath
hard to get air
gasping for air
fighting for air
can't breathe right
can hardly breath
can barely breath
not breathing right
turned blue
turning purple
face … blue
# --- stroke: the other FAST signs and everyday descriptions
signs of a stroke
stroke symptoms
having a stroke
face … lopsided
face … uneven
half … face
face … fallen
mouth … droop*
mouth … crooked
lip … droop*
smile … uneven
can't smile
talking funny
talking weird
talking strange
speech … garbled
garbled speech
speech … slurred
speech … weird
words … slurred
words … coming out wrong
can't get … words
can't talk properly
can't speak properly
can't talk straight
can't speak clearly
can't talk clearly
can't form words
can't feel … side
can't move … half
one side … body
half … body
side of … body … numb
arm … went numb
arm … went weak
arm … gave out
leg … gave out
sudden … trouble … walking
sudden … blind*
vision … went black
lost sight
# --- unresponsive, seizure
he's not responding
she's not responding
he is not responding
she is not responding
he isn't responding
she isn't responding
not responsive
nonresponsive
won't wake
he won't respond
she won't respond
not responding to me
isn't responding to me
mom isn't responding
dad isn't responding
can't wake him
can't wake her
can't wake them
can't wake my
hard to wake
eyes rolled back
eyes rolling back
rolled his eyes back
rolled her eyes back
foaming at the mouth
shaking uncontrollably
jerking uncontrollably
went limp
gone limp
fainted
# --- overdose, poisoning, child got into medicine
took a bunch of
took a handful
took lots of pills
took a lot of pills
took … whole bottle
took … entire bottle
took … whole pack
swallowed … bunch
got into … pills
kid … swallowed
son … swallowed
daughter … swallowed
toddler … swallowed
baby … swallowed
child … swallowed
got into … meds
got into … medicine
swallowed a battery
swallowed … battery
drank … bleach
drank … antifreeze
drank … cleaner
# --- suicide and self-harm: further everyday wordings
thinking about ending
thinking of ending
ending it
gonna end it
going to end it
end it tonight
shoot myself
hang myself
jump off … bridge
jump off … building
jump off … roof
jump in front of
hanging myself
want to disappear forever
want to not exist
wish i could die
wish i would die
hope i die
don't wanna be here
don't wanna live
plan to kill
planning to kill
thoughts of … hurting myself
thoughts of … harming myself
thoughts of … ending
kill him self
kill her self
killed himself
killed herself
tried to kill
attempted suicide
# --- pregnancy danger signs
baby hasn't moved
baby … hasn't moved
baby … hasn't been moving
baby … stopped moving
baby … not kicking
baby … isn't moving
baby … moving less
baby … not moved
haven't felt … baby move
haven't felt … baby
can't feel … baby move
not feeling … baby move
no fetal movement
less fetal movement
decreased fetal movement
water … broke
water just broke
leaking fluid
leaking water
weeks pregnant … bleed*
weeks and bleeding
weeks and … bleeding
bleeding … weeks pregnant
pregnant … spotting
pregnant … contractions
weeks … contractions
contractions … weeks
preterm labor
preterm labour
early labor
early labour
in labor
in labour
preeclampsia
pre eclampsia
# --- sudden confusion or not knowing where they are
disoriented
delirious
he's confused
she's confused
he is confused
she is confused
is very confused
really confused and
very confused and
acting confused
doesn't know where … is
doesn't know where she is
doesn't know where he is
doesn't know where she's
doesn't know where he's
doesn't recognize
does not recognize
didn't recognize me
not making sense
making no sense
talking nonsense
saying strange things
hallucinat*
seeing things that aren't there
doesn't know who i am
doesn't know who he is
doesn't know who she is
doesn't know who we are
# --- severe pain
unbearable
excruciating
worst pain
severe pain
pain … severe
severe … pain
agony
agonizing
in agony
10/10 pain
pain … 10/10
pain … 10 out of 10
10 out of 10 pain
can't stand the pain
can't take the pain
can't bear the pain
can't handle the pain
pain … unbearable
doubled over
screaming in pain
crying in pain
screaming … pain
# --- severe head injury
head … bleeding
bleeding … head
cracked … head
hit … head … passed out
hit … head … vomit*
hit … head … throwing up
head … knocked out
knocked … unconscious
concussion … vomit*
fell … head first
fell down the stairs
fell off … ladder
hit by a car
# --- a counted overdose ("took like 20 of my sleeping pills")
took … 10 of my
took … 15 of my
took … 20 of my
took … 25 of my
took … 30 of my
took … 40 of my
took … 50 of my
took 10 … pills
took 15 … pills
took 20 … pills
took 30 … pills
took 50 … pills
# --- seizure called a fit; vomiting blood in the past tense
had a fit
has had a fit
having fits
threw up blood
throw up blood
puked blood
puking blood
vomited blood
vomiting … blood
throwing up … blood
blood in … vomit
# --- no point in living
point in living
point of living
point in being alive
see the point in living
see the point of living
doesn't know what day
doesn't know what year
# --- more everyday wordings found missing in testing
chest … on fire
heart … explode
breathing … shallow
shallow breathing
breathing really fast
breathing very fast
breathing so fast
wheezing really bad
wheezing so bad
wheezing badly
grunting … breath*
ribs … sucking in
sucking in … ribs
nostrils flaring
can't raise … arm*
can't lift … arms
can't move … arms
can't move … legs
spitting up blood
spitting blood
spit up blood
bleeding a ton
bleeding tons
swelling up fast
face … swelling up fast
don't think i can keep going
don't think i can go on
kill himself
kill herself
kill themselves
killing himself
killing herself
hurt himself
hurt herself
hurting himself
hurting herself
too much insulin
took extra insulin
double … insulin
day old … fever*
days old … fever*
acting … confused
strange and confused
weird and confused
not acting like himself
not acting like herself
acting strange
acting strangely
in so much pain
so much pain
pain is so bad
pain … can't move
pain … can't walk
heart … gonna explode
heart … going to explode
heart … about to explode
# --- formal and regional wordings (UK, older patients)
can't hardly breathe
can't hardly breath
chest discomfort
discomfort … chest
chest … discomfort
a&e
a and e
# --- red-flag pass: breath, sudden stroke signs, pads per hour
can't catch … breath*
cant catch … breath*
hard time catching … breath*
trouble catching … breath*
struggling to catch … breath*
can't seem to breathe
suddenly … confus*
suddenly … weak*
suddenly … numb*
suddenly … slurr*
suddenly … vision
suddenly … can't see
suddenly … can't talk
suddenly … can't speak
can't talk right
can't speak right
can't talk straight
pad* … every hour
pad* … an hour
pad* … each hour
pad* … per hour
going through … pads
# --- red-flag pass: passive suicidal thoughts, overdose on purpose
life … no meaning
no meaning … life
life … meaningless
life is pointless
life … pointless
no point … anymore … live*
better off … dead
better off if i … gone
better off if i … here
better off if i wasn't
want it all to end
want it to end
want everything to end
want it all to be over
want it to be over
tired of living
tired of being alive
tired of life
sick of living
go to sleep and never
go to sleep forever
want to sleep forever
wanna sleep forever
pills on purpose
meds on purpose
overdosed on purpose
disappear forever
want to disappear
wanna disappear
reason to keep living
reason to … living
reason to … live
point in going on
what's the point of living
swallowed … bottle
whole bottle of pills
entire bottle of pills
bottle of … pills … swallowed
took too much … on purpose
too many … on purpose
took too much tylenol
took too much … tylenol
took too much … acetaminophen
took too much … ibuprofen
took too much … medicine
took too much … medication
took too much … meds
took too much … pills
# --- red-flag pass: baby not kicking, allergy with swallowing
baby … isn't kicking
baby … hasn't kicked
baby … stopped kicking
baby … not kicked
baby … kicking less
hives … can't swallow
hives … hard to swallow
hives … trouble swallowing
chest … crush*
chest feels like … crush*
jaw … left arm
left arm … jaw
jaw and … arm
can't find … words
face … swell*
face … swollen
swollen face
swell* … face

[urgent-combinations]
# Red flags made of two facts that may stand in different clauses or sentences ("on chemo. now 38.4"): every part must be in the reply, none negated.
# --- fever during chemotherapy
fever* + chemo*
{temperature} + chemo*
temperature + chemo*
temp + chemo*
chills + chemo*
fever* + oncolog*
fever* + infusion
fever* + cancer
{temperature} + cancer
# --- fever in a baby under three months
fever* + newborn
{temperature} + newborn
fever* + baby
{temperature} + baby
fever* + weeks old
fever* + week old
{temperature} + weeks old
{temperature} + week old
fever* + days old
fever* + 1 month
fever* + 2 month*
# --- head injury or a fall on blood thinners
head + thinner*
head + anticoagul*
head + warfarin
head + coumadin
head + eliquis
head + apixaban
head + xarelto
head + pradaxa
head + lovenox
fell + thinner*
# --- bleeding on blood thinners
bleed* + thinner*
bleed* + anticoagul*
bleed* + warfarin
bleed* + eliquis
bleed* + xarelto
# --- swelling with trouble swallowing or wheezing (severe allergic reaction); bleeding in pregnancy
swell* + swallow*
swell* + can't swallow
swollen + can't swallow
hives + wheez*
pregnant + bleed*
# --- fever or a temperature in a baby of one or two months ("2 months old and running a temp of 101")
temp + months old
temp + month old
temp + weeks old
temp + week old
running a temp + baby
{temperature} + months old
{temperature} + month old
{temperature} + infant
{temperature} + 1 month
{temperature} + 2 month*
{temperature} + days old
fever* + infant
fever* + month old
fever* + months old
fever* + 3 weeks
fever* + 4 weeks
fever* + 6 weeks
fever* + 8 weeks
# --- severe allergic reaction: swelling or hives with breathing or swallowing trouble
hives + can't breathe
hives + tongue
hives + lips
swell* + wheez*
allerg* + tongue
allerg* + wheez*
# --- a child that wheezes and can't talk, breathing trouble in asthma
wheez* + can't talk
wheez* + can't speak
wheez* + can't say
wheez* + blue
asthma + inhaler isn't helping
asthma + inhaler not working
inhaler + not helping
inhaler + isn't helping
inhaler + not working
# --- seizure or fall with not responding
shaking + not responding
shaking + won't respond
fell + not responding
fell + won't wake
# --- pregnancy: bleeding, leaking fluid or severe headache with weeks counted
weeks pregnant + bleed*
weeks pregnant + spotting
weeks pregnant + leaking
pregnant + leaking
pregnant + severe headache
pregnant + worst headache
pregnant + blurry vision
pregnant + blurry
pregnant + seeing spots
weeks pregnant + blurry
pregnant + contractions
# --- head injury with vomiting or passing out
hit … head + vomit*
hit … head + throwing up
hit … head + threw up
hit … head + passed out
hit … head + confus*
fell + head + vomit*
bumped … head + vomit*
temperature + weeks old
temperature + week old
temperature + month old
temperature + months old
feels hot + newborn
hot + newborn
burning up + baby
burning up + newborn
fever* + day old
{temperature} + day old
can't talk + drool*
drool* + face
stung + face + swell*
stung + throat
stung + can't breathe
# --- red-flag pass: a hot or warm baby of days or weeks; hives with swallowing or throat trouble
hot + weeks old
hot + week old
hot + days old
hot + day old
hot + 1 month
hot + 2 month*
hot + newborn
warm + weeks old
warm + week old
warm + days old
warm + 1 month
warm + 2 month*
warm + newborn
burning up + weeks old
burning up + week old
burning up + days old
burning up + month old
burning up + months old
hives + swallow*
hives + throat

[opt_out]
# "Stop messaging me", in any wording. STOP is here as well as in [carrier-opt-out].
stop
stop all
stopall
stop stop
unsubscribe
unsubscribe me
unsub
opt out
optout
opt me out
stop texting
stop texting me
stop messaging
stop messaging me
stop sending
stop sending me
stop contacting me
stop the texts
stop the messages
stop these messages
stop these texts
stop text
stop msgs
stop sms
stop spamming
spamming me
no more texts
no more text
no more messages
no more msgs
no more reminders
no more sms
don't text me
don't text
do not text
don't message me
do not message
don't contact me
do not contact
don't send me
quit texting
quit messaging
quit sending
remove me
remove my number
take me off
take my number off
delete my number
delete me
leave me alone
don't want these texts
don't want these messages
don't want texts
don't want messages
don't want reminders
no longer wish to receive
do not want to receive
don't want to receive
cancel texts
cancel messages
cancel text messages
cancel reminders
cancel subscription
turn off texts
turn off reminders
turn off messages
sick of … texts
tired of … texts
tired of … messages
enough with the texts
harassing me
harassment
# --- stop / quit / cease, every register
stop all texts
stop all messages
stop sending texts
stop sending messages
stop receiving
stop getting texts
stop getting these texts
stop getting messages
stop getting these messages
stop the reminders
stop reminding me
stop these reminders
stoppp
stopppp
quit texting me
quit messaging me
quit sending me
quit contacting me
cease texting
cease messaging
cease sending
cease contact*
cease … messages
cease … texts
cease and desist
end these texts
end the texts
end all texts
end these messages
end the messages
end all messages
# --- remove / take off / delete, from the list, the system, the number
remove this number
remove my phone number
remove my cell
remov* … from the list
remov* … off the list
remov* … from the system
remov* … from your system
remov* … from … database
take this number off
take … off the list
delete this number
delete my info
delete my contact
delete … from the list
delete … from your system
delete … from the system
get me off the list
get me off … texts
get my number off
erase my number
lose my number
lose this number
forget my number
off your list
off your texting list
off your text list
off your mailing list
off your contact list
off your messaging list
off this list
off this texting list
off the texting list
off the text list
off the mailing list
off the contact list
from your list
from your texting list
from your text list
from your mailing list
from your contact list
from your messaging list
from your database
from the texting list
from the text list
from the mailing list
from the messaging list
do not call list
do not text list
block this number
blocking this number
block your number
blocking your number
# --- unsubscribe, cancel the messages (not the appointment)
unsubscrib*
un subscribe
opting out
opted out
cancel … subscription
cancel … notifications
cancel … text messages
cancel … text alerts
cancel … text reminders
cancel the texts
cancel these texts
cancel all texts
cancel my texts
cancel the messages
cancel these messages
cancel all messages
cancel the reminders
cancel these reminders
cancel all reminders
cancel my reminders
cancel appointment reminders
cancel my appointment reminders
cancel reminder texts
cancel sms
cancel alerts
turn off … texts
turn off … messages
turn off … reminders
turn off … notifications
turn off … alerts
# --- I don't want (to receive) any more
don't want … texts
don't want … messages
don't want … reminders
don't want … notifications
don't wanna … texts
don't wanna … messages
don't wanna … reminders
do not want … texts
do not want … messages
do not want … reminders
do not want … notifications
don't want to be contacted
don't want to be texted
do not want to be contacted
do not want to be texted
don't wish to receive
do not wish to receive
no longer want … texts
no longer want … messages
no longer want … reminders
no longer want … notifications
no longer want to receive
no longer want to be contacted
not interested in … texts
not interested in … messages
not interested in … reminders
# --- no more, don't contact me again
no more … texts
no more … messages
no more … reminders
no more notifications
no more alerts
don't txt me
don't msg me
don't call or text
do not call or text
never text me
never message me
never contact me
never text this number
don't ever text
do not send me
do not send any more
don't send any more
leave me be
# --- wrong person, asking to be removed
wrong number … remove
wrong number … delete
wrong person … remove
wrong person … stop
# --- complaints that carry their own negation or "keep" ("why won't you stop", "why do you keep texting me")
won't you stop
why won't you stop
won't stop texting
won't stop messaging
won't stop sending
why do you keep texting
why do you keep sending
why do you keep messaging
why are you still texting
why do u keep texting
# --- never signed up, not interested in the texts
never signed up … remove
never signed up … stop
didn't sign up … remove
didn't sign up … stop
not interested … texts
not interested … messages
stop receiving these
would like to stop receiving
stop sending messages to this number
stop texting this number
stop messaging this number
don't text this number
do not text this number
remove this phone number
opt-out
opt me out of
unsubscribe from
please remove
remove please
# --- short and polite forms
stop pls
stop please
please stop
stop now
unsubcribe
stop sending these
i don't want these
don't want this
do not want these
s t o p
don't want to get any more
don't wanna get any more
do not want to get any more
don't want any more texts
don't want any more messages
don't want to get texts
don't want to get messages
don't want to get reminders
how do i stop … texts
how do i stop … messages
how do i unsubscribe
s.t.o.p



[opt_in]
# "Resume messages".
start
unstop
subscribe
resubscribe
re subscribe
opt in
optin
opt back in
opt me in
sign me up
sign me back up
start again
start texting me
text me again
resume
resume texts
resume messages
turn on texts
turn texts back on
turn reminders back on
turn on reminders
i want texts
i want reminders
i want to receive
keep sending
keep texting me
send me reminders
add me back
unblock
# --- STOP sent by mistake: longer than the bare keyword, so it wins over it. Written with the
# verb or "by mistake" right after STOP, so that "STOP accidentally signed up" stays an opt-out.
stop by mistake
stop by accident
stop on accident
stop was a mistake
stop was by mistake
sent stop … mistake
sent stop … accident
texted stop … mistake
texted stop … accident
typed stop … mistake
typed stop … accident
replied stop … mistake
replied stop … accident
pressed stop … mistake
hit stop … mistake
accidentally sent stop
accidentally texted stop
accidentally typed stop
accidentally replied stop
accidentally replied with stop
accidentally hit stop
accidentally pressed stop
accidentally said stop
accidently sent stop
accidently texted stop
mistakenly sent stop
accidentally unsubscribed
accidentally opted out
unsubscrib* by mistake
unsubscrib* by accident
opted out by mistake
opted out by accident
didn't mean to stop
didn't mean stop
didn't mean to send stop
didn't mean to text stop
didn't mean to reply stop
didn't mean to say stop
did not mean to send stop
didn't mean to unsubscribe
did not mean to unsubscribe
didn't mean to opt out
didn't send stop
didn't say stop
didn't text stop
didn't reply stop
didn't type stop
never said stop
never sent stop
didn't ask to stop
didn't ask to unsubscribe
didn't unsubscribe
never unsubscribed
didn't opt out
did not opt out
undo stop
undo unsubscribe
cancel my stop
cancel the stop
ignore my stop
ignore the stop
disregard my stop
# --- don't stop: keep the messages coming
don't stop … texts
don't stop … messages
don't stop … reminders
don't stop sending
don't stop texting
do not stop … texts
do not stop … messages
do not stop … reminders
do not stop sending
please don't stop
don't want … texts to stop
don't want … messages to stop
don't want … reminders to stop
do not want … reminders to stop
un stop
# --- I want the messages again
reminders again
texts again
messages again
text reminders again
start sending
start texting
start … reminders
put me back on
back on the list
back on your list
re add me
continue texting
continue sending
continue … reminders
keep … reminders coming
keep the texts coming
# --- "yes" with the messages again: longer than "yes please", so it wins over confirm
yes … texts again
yes … messages again
yes … reminders again
yes please send me
yes send me
yes i want texts
yes i want the texts
yes i want reminders
send me texts again
send texts again
# --- other everyday ways to ask for the messages back
please start again
send reminders again
i'd like to receive
i would like to receive
want the reminders back
want my reminders back
turn my texts back on
turn … notifications back on
resubscribe me
re-subscribe

[help]
# "How does this service work / who is this". HELP and INFO are carrier keywords too.
help
info
information
more info
who is this
who's this
who dis
who are you
who is texting
who texted me
who sent this
what is this
what is this about
what is this for
is this real
is this a scam
is this spam
scam
how does this work
how do i reply
what do i reply
what should i reply
what do i do
don't understand
confused
how did you get my number
how'd you get my number
what clinic
which clinic
which office
real person
talk to a person
talk to someone
speak to someone
speak to a person
human
representative
customer service
menu
what are my options
can you help me
could you help me
would you help me
# a question about the line itself, not an emergency
emergency line
emergency number
is this an emergency
# --- who is texting, is this the clinic
who's texting
who is this texting
who's messaging me
who keeps texting me
who keeps texting
is this the dentist
is this the doctor
is this the doctor's office
is this the clinic
is this the hospital
is this the pharmacy
is this dr
what office is this
what is this number
whose number is this
why am i getting this
why am i getting these
why did i get this
didn't sign up for this
never signed up for this
who gave you my number
where did you get my number
how did you get this number
what's this
what's this about
what's this for
what does this mean
what does that mean
what am i supposed to do

[other]
# Anything else that a person should read (questions, wrong number, logistics).
wrong number
wrong person
wrong phone
you have the wrong
not my appointment
not a patient
never been a patient
where do i park
parking
address
directions
what floor
which building
how much
cost
copay
insurance
bill
billing
payment
refill
prescription
pharmacy
results
question
questions
quick question
call me
call me back
please call
give me a call
can someone call
what time
fasting
should i fast
bring
interpreter
translator
passed away
deceased
not sure
not an emergency
not urgent
no rush
never mind
lol
haha
lmao
stop taking
stop by
stop in
stop the medicine
stop the medication
stop my medication
stop my meds
# A stop word that is not a request to stop messages.
don't stop
do not stop
didn't stop
did not stop
bus stop
next stop
last stop
stop sign
stop light
pit stop
stop at the
stop at my
stop at work
stop on the way
had to stop
told me to stop
supposed to stop
should i stop
can i stop
do i stop
when to stop
stop the blood thinner
stop my blood thinner
stop blood thinner*
stop the pills
stop my pills
stop the meds
stop my medicine
stop the antibiotic*
stop my antibiotic*
stop the insulin
stop my insulin
stop aspirin
stop the aspirin
stop eating
stop drinking
stop smoking
stop breastfeeding
stop birth control
take me off the waitlist
take me off the wait list
take me off the waiting list
remove me from the waitlist
remove me from the wait list
remove me from the waiting list
# "emergency" that is not an emergency now
in case of emergency
emergency contact
not an emergency but
non emergency
non urgent
# --- red-flag pass: harmless phrases that hold a red-flag word (they win over the shorter red flag)
emergency room bill
emergency room visit
er bill
er visit
went to the emergency room
was in the emergency room
follow up from the emergency room
emergency contact*
went to the er
was at the er
was in the er
urgent care
stroke of luck
had a stroke … years ago
history of stroke
seizure med*
seizure pills
seizure medicine

[ack]
# Neutral acknowledgements: confirm when the message asked for an answer, other when it asked nothing.
ok
okay
# "y" and "ya" (yes) are here, not under confirm: in Spanish they mean "and" and "already"
y
ya
okey
oki
okie
okies
okk
k
kk
kk thx
k thx
ok thx
kay
mk
mkay
alright
all right
alrighty
aight
ight
okey dokey
okie dokie
got it
gotcha
understood
noted
roger
copy that
will do
sounds good
sounds great
all good
fine
that's fine
cool
great
awesome
perfect
excellent
wonderful
lovely
brilliant
no problem
no prob
np
not a problem
no worries
don't worry
mhm
mhmm
uh huh
👍
👍🏻
👍🏼
👍🏽
👍🏾
👍🏿
👌
👌🏻
👌🏽
👌🏿
🆗
# --- slang acknowledgements
bet
say less
sounds like a plan
ok ok
10-4
10 4
roger that
kk thanks

[thanks]
# Thanks and blessings: other, or confirm when the message asked for a confirmation.
thanks
thank you
thank u
thanks so much
thank you so much
thanks a lot
many thanks
much appreciated
appreciate it
appreciate you
thx
thnx
thanx
tks
ty
tysm
tyvm
cheers
god bless
god bless you
bless you
blessings
have a good day
have a nice day
have a great day
🙏
🙏🏻
🙏🏼
🙏🏽
🙏🏾
🙏🏿
❤️
thanks doc
thank you doctor
thank you kindly
thanks again
thanks for the reminder
thank you for the reminder
thanks for letting me know
thx u
tyy

[negation]
# A negation cue and how many following words it negates (punctuation ends the scope).
no = 1
# "no more" and "no longer" reach one word further than "no": "no more chest pain"
no more = 2
no longer = 2
not = 2
never = 3
don't = 2
doesn't = 2
didn't = 2
won't = 2
wouldn't = 2
can't = 2
cannot = 2
couldn't = 2
isn't = 2
aren't = 2
wasn't = 2
weren't = 2
haven't = 2
hasn't = 2
hadn't = 2
shouldn't = 2
ain't = 2
unable = 2
without = 2
neither = 2
nor = 2

[reaction]
# How phones report a positive reaction as text: PREFIX "quoted message". Means confirm.
Liked
Loved
Emphasized
Emphasised
Laughed at
Reacted 👍 to
Reacted ❤️ to
Reacted 👌 to
Reacted 🙏 to
Reacted ✅ to
Reacted 😊 to
Reacted 😀 to
Reacted 😂 to
Reacted 🥰 to
Reacted 😍 to
👍 to
❤️ to
Reacted ❤ to
Reacted 👏 to
Reacted 🙌 to
Reacted 💯 to
Reacted 🤞 to
Reacted 😄 to
Reacted 😁 to
Reacted 🥳 to
👌 to
🙏 to

[reaction-other]
# The other reactions sent as text (dislike, question, removal): mean other.
Disliked
Questioned
Reacted 👎 to
Reacted ❓ to
👎 to
Removed a like from
Removed a heart from
Removed a
Reacted 😢 to
Reacted 😮 to
Reacted 😡 to
Reacted 😠 to
Reacted 🤔 to
Removed an exclamation from
Removed a question mark from

[words]
# Very common English words, used only as evidence that a reply is in English.
the and you your is are was were will would could should
have has had been be can i i'm it it's this that these those
with what when where who why how there here they we our
of in on at for not but if or an
my his her she him them their some any all then than too very
please thanks thank hello hi hey sorry yes yeah
don't can't won't i'll didn't
tomorrow today tonight morning afternoon evening week
going coming need call good know get got want see did am about from just
appointment time late running

[shorthand]
# SMS shorthand, replaced before matching: abbreviation = what it stands for.
thx = thanks
thnx = thanks
thanx = thanks
tks = thanks
ty = thank you
tysm = thank you so much
tyvm = thank you very much
pls = please
plz = please
plss = please
u = you
tmrw = tomorrow
tmr = tomorrow
tmw = tomorrow
tmrrw = tomorrow
tmro = tomorrow
tomm = tomorrow
tomo = tomorrow
2morrow = tomorrow
2moro = tomorrow
2mrw = tomorrow
2day = today
2nite = tonight
2night = tonight
tonite = tonight
rn = right now
omw = on my way
otw = on the way
appt = appointment
appts = appointments
apt = appointment
resched = reschedule
wk = week
nxt = next
b4 = before
l8 = late
l8r = later
cnt = can't
dnt = don't
idk = i don't know
bc = because
cuz = because
coz = because
txt = text
txts = texts
txting = texting
nvm = never mind
kms = kill myself
dr = doctor
hosp = hospital

[minutes]
# Units written after a number of minutes late ("10 min").
min
mins
minute
minutes
mn
mnts
minits

[hours]
# Units written after a number of hours.
hour
hours
hr
hrs
h

[durations]
# Spelled-out durations, in minutes.
half an hour = 30
half hour = 30
a half hour = 30
quarter of an hour = 15
a quarter of an hour = 15
quarter hour = 15
a quarter hour = 15
an hour = 60
one hour = 60
a hour = 60
an hour and a half = 90
hour and a half = 90
a few minutes = 5
few minutes = 5
a few mins = 5
a couple minutes = 5
a couple of minutes = 5
couple minutes = 5
a minute = 5
a couple hours = 120
a couple of hours = 120

[when]
# Day and time words for reschedule requests (full weekday names come from ICU).
today = +0d
tomorrow = +1d
day after tomorrow = +2d
the day after tomorrow = +2d
in a couple of days = +2d
in a few days = +3d
this week = +0w
next week = +1w
in a week = +1w
week after next = +2w
in two weeks = +2w
in 2 weeks = +2w
next month = +4w
morning = morning
mornings = morning
this morning = morning
in the morning = morning
first thing = morning
noon = afternoon
midday = afternoon
lunchtime = afternoon
afternoon = afternoon
afternoons = afternoon
this afternoon = afternoon
after school = afternoon
evening = evening
evenings = evening
this evening = evening
tonight = evening
after work = evening
night = night
at night = night
before = before
earlier = before
sooner = before
prior to = before
after = after
later = after
mon = weekday:1
tue = weekday:2
tues = weekday:2
weds = weekday:3
thu = weekday:4
thur = weekday:4
thurs = weekday:4
fri = weekday:5
sat = weekday:6
sun = weekday:7
weekend = weekday:6

[option-words]
# Words that introduce an option number ("option 2").
option
number
choice

[carrier-opt-out]
# Keywords that US carriers and gateways treat as opt-out on their own.
STOP
STOPALL
STOP ALL
UNSUBSCRIBE
CANCEL
END
QUIT
REVOKE
OPTOUT

[carrier-opt-in]
# Keywords that US carriers and gateways treat as opt-in on their own.
START
YES
UNSTOP

[carrier-help]
# Keywords that US carriers and gateways answer with their help message.
HELP
INFO

# --- Red flags in more wordings (2026-12-03): blood coughed up or vomited in the past tense,
# "coffee grounds" vomit (bleeding in the stomach).
[urgent]
cough* up blood
coughed … blood
cough* up … blood
threw up … blood
puked … blood
vomit* … coffee ground*
threw up … coffee ground*
throw* up … coffee ground*

# --- Figures of speech that are not red flags (2026-12-03): "almost had a heart attack when I
# saw the bill". A real one still reads as urgent through its own words ("having a heart attack").
[other]
almost had a heart attack
nearly had a heart attack
almost gave me a heart attack
nearly gave me a heart attack

# 2026-12-03 (session 5): low mood, sleep and energy (symptom); feeling better, billing, parking,
# directions and opening hours, non-medical emergencies (other); who is this (help); change the
# date, push it back (reschedule); late and traffic; stop texting me (opt_out); red flags in
# third-person and possessive forms (urgent); declining answers (cancel).
[symptom]
# --- low mood, stress, sleep, energy (without self-harm: rule 10, a symptom)
feeling really low
feeling so low
feeling very low
feeling pretty low
feeling kinda low
feeling a bit low
feeling a little low
feel so low
feel really low
been feeling low
low mood
depressive
sadness
don't feel like myself
not feeling like myself
not feeling myself
not like myself
feeling empty
feel empty
in a dark place
in a bad place
not in a good place
down in the dumps
got the blues
mood swings
irritable
struggling lately
been struggling
struggling emotionally
under a lot of stress
so much stress
lot of stress
stressing out
stressing
burnt out
burned out
burnout
worn out
run down
feel drained
feeling drained
so drained
no energy
zero energy
low energy
no motivation
unmotivated
can't get out of bed
can't fall asleep
can't stay asleep
can't get to sleep
haven't slept
haven't been sleeping
not sleeping
trouble sleeping
hard to sleep
hardly sleeping
barely sleeping
barely slept
no sleep
sleepless
having nightmares
bad dreams
ptsd
# --- no better (the improvement wordings are under [other]: these hold their own negation)
no better
not any better
not much better
still not better
not getting any better
isn't getting better
isn't getting any better
isn't improving
isn't improving at all
hasn't improved
haven't improved
not improved
no improvement
not doing any better
not back to normal
# --- a complaint that will not go away ("won't go" alone is a cancel)
won't go away
will not go away
doesn't go away
not going away
isn't going away
hasn't gone away

[other]
# --- improvement: a wellbeing update is not a symptom report. "not feeling better", "no better"
# and the like stay under [symptom]. "no longer need it" stays a cancel ([cancel] "no longer need").
feeling better
feel better
feeling much better
feel much better
feeling a lot better
feeling a bit better
feeling a little better
much better
a lot better
doing better
doing much better
getting better
improving
slowly improving
back to normal
all healed
healing well
i'm better
i'm better now
better now
all better
all better now
all good now
i'm fine now
i'm ok now
i'm okay now
feeling fine now
feeling good now
feeling great now
fully recovered
recovered
on the mend
good as new
feeling like myself again
back to myself
# --- billing, payment, insurance, receipts and cost
got a bill
received a bill
got a charge
was i charged
i was charged
got charged
been charged
charged me
charged twice
double charged
overcharged
a charge on
the charges
how much do i owe
what do i owe
do i owe
my balance
balance due
outstanding balance
account balance
pay my bill
pay the bill
pay online
how do i pay
can i pay
where do i pay
payment plan
out of pocket
deductible
coinsurance
co pay
copays
self pay
sliding scale
insurance cover
does insurance cover
is it covered
is this covered
covered by insurance
covered by my insurance
in network
out of network
take my insurance
accept my insurance
medicaid
medicare
insurance card
receipt
invoice
statement
billing statement
explanation of benefits
refund
reimburs*
collections
price
fee
fees
already paid
i paid
# --- parking, directions, address, opening hours
where can i park
where should i park
where to park
can i park
parking garage
validate my parking
parking validation
where do i go
where is the clinic
where is the office
where's the office
where are you located
where are you guys located
where is it
how do i get there
how to get there
how do i find you
which entrance
what entrance
which door
what suite
suite number
room number
where do i check in
where to check in
opening hours
office hours
what are your hours
your hours
what time do you open
what time do you close
when do you open
when do you close
are you open
wheelchair
elevator
# --- non-medical emergencies that explain a cancel or a change (medical ones stay urgent)
family emergency
work emergency
emergency at work
emergency at my job
emergency came up at work
emergency at home
home emergency
personal emergency
childcare emergency
babysitter emergency
school emergency
pet emergency
vet emergency
emergency with my dog
emergency with my cat
emergency came up
an emergency came up
family emergency came up
urgent at work
something urgent at work
something urgent came up at work
something urgent came up
urgent work
urgent meeting
urgent business
urgent family matter
urgent personal matter
family matter
# --- a cardiac exam named by its word, not a complaint
stress test

[help]
# --- who is this, what are these messages
who r u
who r you
who is dis
who this
who's this from
who is this from
who sent me this
who's sending me
who is sending me
what are these messages
what are these texts
what is this message
what's this message
what is this text
what's this text
what number is this
who's number is this
i don't know this number
don't know this number
don't recognize this number
don't recognise this number
don't know who this is
do i know you
unknown number
what company is this
what is this service
how do these texts work
what does this text mean
is this automated
is this a bot
is this a robot
are you a bot
are you a real person
is this a real person

[reschedule]
# --- change the date or time, another day, push it back
changing … appointment
changing … appt
moving … appointment
moving … appt
changing the time
changing the date
bump it back
bump back
move it back
move it up
move it forward
bring it forward
bring … forward
put it off
push back
pushed back
some other time
some other day
another week
different week
following week
later in the week
next week instead
later that week
rain check
raincheck
can we make it
could we make it
swap … appointment
swap days

[late]
# --- running behind, traffic, transport
mins behind
min behind
hour behind
hr behind
running a few behind
bit delayed
slightly late
a tad late
stuck on the highway
stuck on the freeway
stuck on the motorway
stuck on the bus
stuck at work
stuck behind
accident on the highway
accident on the freeway
road closed
roadworks
road work
train cancelled
train was cancelled
train got cancelled
bus cancelled
bus was cancelled
bus got cancelled
flight delayed
can't find parking
cannot find parking
no parking anywhere
on my way but running
gonna be a few
be a little after
there a little after

[opt_out]
# --- stop texting me, in slang and plain wordings
stop hitting me up
quit hitting me up
stop blowing up my phone
quit blowing up my phone
blowing up my phone
don't text me no more
done with … texts
done with … messages
done with these reminders
don't want to hear from you
do not want to hear from you
off ur list
from ur list
take me off ur
reporting this number
stop it with the texts

[urgent]
# --- red flags in third-person and possessive forms, and more everyday wordings
nosebleed … won't stop
nose bleed … won't stop
don't want to be around anymore
don't wanna be around anymore
clutching … chest
clutch* his chest
clutch* her chest
grabbing … chest
grabbed … chest
holding his chest
holding her chest
chest … elephant
can't speak … all of a sudden
can't talk … all of a sudden
all of a sudden … can't speak
all of a sudden … can't talk
might as well be dead
may as well be dead

[cancel]
# --- declining answers
won't go
i won't go
we won't go
won't be going
not gonna go
not going to go
not gonna be there
not going to be there
not gonna come
not going to come
maybe next time
next time maybe
sorry can't
sorry i can't
sorry cant make it
can't do tomorrow
can't do today
no can do

# 2026-12-03 (session 6): red flags in everyday and third-person wordings: severe pain in pregnancy,
# overdose and poisoning (children too), passed out or not responding, heavy bleeding in plain words,
# chest pressure with sweating, arm or jaw, suicidal thoughts said of oneself or of a relative (urgent);
# bare stop words and more stop-texting wordings (alone, opt_out); harmless look-alikes (other).
[urgent]
# --- overdose and poisoning: a whole pack or strip, a lot of tablets, third person, children
took … whole strip
took … whole box of
took … whole blister
took … entire blister
swallowed … blister
swallowed … whole pack
swallowed … whole strip
swallowed many
swallowed too many
swallowed all … pills
swallowed all … tablets
swallowed some of … pills
swallowed some of … tablets
swallowed some of … medicine
swallowed some of … meds
swallowed a handful
swallowed a lot of
swallowed … bleach
swallowed … detergent
took way too many
took a lot of … pills
took a lot of … tablets
took a lot of … meds
took a lot of … painkillers
took a lot of … tylenol
took lots of … pills
took lots of … tablets
took a bunch of … tablets
took too many … tablets
took too many … painkillers
took too many … meds
took … handful of … tablets
took … 10 tablets
took … 15 tablets
took … 20 tablets
took … 25 tablets
took … 30 tablets
took … 40 tablets
took … 50 tablets
took … 10 of her
took … 20 of her
took … 30 of her
took … 10 of his
took … 20 of his
took … 30 of his
took … 20 of them
took … 30 of them
took … 10 tylenol
took … 15 tylenol
took … 20 tylenol
took … 30 tylenol
painkillers on purpose
tablets on purpose
swallowed … on purpose
od'd
oded
od'ed
od on
drank … whole bottle of … medicine
drank … whole bottle of … syrup
drank … whole bottle of … tylenol
drank … whole bottle of … benadryl
ate some … pills
ate some … tablets
ate some … meds
ate some … medicine
ate a few … pills
ate a bunch of … pills
ate a bunch of … vitamins
ate a bunch of … gummies
ate a handful
ate … whole bottle
ate … whole pack
ate my pills
ate my meds
ate her pills
ate his pills
ate … iron pills
ate … iron tablets
ate … sleeping pills
ate … blood pressure pills
got into … tablets
got into … vitamins
got into … bleach
got into … cleaning
got into … chemicals
got into … poison
got into … laundry pod*
ate … pod
bit … pod
swallowed … pod
chewed … pod
drank poison
drank … poison
ate poison
ate … rat poison
drank … cleaning
drank … detergent
drank … lighter fluid
drank … gasoline
drank … kerosene
drank … lamp oil
drank … nail polish remover
drank … windex
drank … lysol
drank … clorox
drank … pine sol
# --- passed out, collapsed, not responding (of a person)
he's not answering me
she's not answering me
he isn't answering me
she isn't answering me
he won't answer me
she won't answer me
won't answer me when i
not answering when i talk
he's not moving
she's not moving
he isn't moving
she isn't moving
breathing but not responding
eyes open but not responding
awake but not responding
stopped responding
barely responding
barely responsive
barely conscious
semi conscious
semiconscious
in and out of consciousness
drifting in and out
can't get … to wake
can't get him up
can't get her up
can't get him to respond
can't get her to respond
difficult to wake him
difficult to wake her
keeled over
slumped over
dropped to the floor
out cold
went unconscious
is floppy
baby … floppy
floppy baby
# --- heavy bleeding in plain words
soaked through
bandage … soaked with blood
dressing … soaked with blood
bandage … full of blood
bled through … bandage
bled through … dressing
bled through … pad
blood … through the bandage
blood … through … dressing
soaked … with blood
soaked in blood
soaking … with blood
blood soaked
blood is everywhere
blood all over
covered in blood
pool of blood
puddle of blood
bleeding like crazy
bleeding like a faucet
bleeding like a stuck pig
bleeding really heavy
bleeding very heavy
bleeding so heavy
bleeding super heavy
squirting blood
blood … squirting
gushing blood
pouring out blood
losing a lot of blood
lost a lot of blood
# --- chest pressure in everyday pictures
weight on … chest
sitting on … chest
standing on … chest
bar across … chest
like a band … chest
band around … chest
tight band … chest
bar on … chest
vice … chest
vise … chest
ton of bricks … chest
bricks on … chest
# --- suicidal thoughts of oneself and of a relative
wants to die
wanting to die
wants to kill himself
wants to kill herself
wants to end it
wants to end it all
end his life
end her life
ending his life
ending her life
take my own life
take his own life
take her own life
taking my own life
end my own life
to off myself
gonna off myself
wanna off myself
offing myself
to off himself
to off herself
isn't worth living
wish i was never born
wish i'd never been born
wish i had never been born
wish i wasn't alive
wish i weren't alive
wish i wasn't born
doesn't want to be here
doesn't want to be alive
doesn't wanna live
ready to die
no reason to keep living
no reason to go on
no reason to be alive

[urgent-combinations]
# --- pregnant with strong, constant or unbearable pain (belly, back, anywhere)
pregnan* + bad pain*
pregnan* + terrible pain*
pregnan* + horrible pain*
pregnan* + awful pain*
pregnan* + sharp pain*
pregnan* + stabbing pain*
pregnan* + constant pain*
pregnan* + strong pain*
pregnan* + intense pain*
pregnan* + lot of pain
pregnan* + lots of pain
pregnan* + pain … really bad
pregnan* + pain … so bad
pregnan* + pain … won't go away
pregnan* + pain … keeps getting worse
pregnan* + hurts so bad
pregnan* + hurts really bad
pregnan* + hurting so bad
pregnan* + hurting really bad
pregnan* + hurts so much
pregnan* + hurting so much
pregnan* + hurts a lot
pregnan* + hurting a lot
pregnan* + bad cramp*
pregnan* + terrible cramp*
pregnan* + horrible cramp*
pregnan* + severe cramp*
pregnan* + strong cramp*
pregnan* + really bad cramp*
pregnan* + belly is killing me
pregnan* + stomach is killing me
pregnan* + back is killing me
pregnan* + pain is killing me
pregnan* + cramps are killing me
pregnan* + bad back pain
pregnan* + terrible back pain
pregnan* + horrible back pain
pregnan* + severe … cramp*
pregnan* + terrible … cramp*
pregnan* + horrible … cramp*
pregnan* + strong … cramp*
# --- the same in other words for pregnancy (preggo, expecting a baby, 30 weeks along)
preggo + bad pain*
preggo + terrible pain*
preggo + sharp pain*
preggo + lot of pain
preggo + pain … won't go away
preggo + hurts so bad
preggo + hurts really bad
preggo + hurts a lot
preggo + bad cramp*
preggo + belly is killing me
preggo + back is killing me
i'm expecting + bad pain*
i'm expecting + terrible pain*
i'm expecting + sharp pain*
i'm expecting + lot of pain
i'm expecting + pain … won't go away
i'm expecting + hurts so bad
i'm expecting + hurts really bad
i'm expecting + hurts a lot
i'm expecting + bad cramp*
i'm expecting + belly is killing me
i'm expecting + back is killing me
she's expecting + bad pain*
she's expecting + terrible pain*
she's expecting + sharp pain*
she's expecting + lot of pain
she's expecting + pain … won't go away
she's expecting + hurts so bad
she's expecting + hurts really bad
she's expecting + hurts a lot
she's expecting + bad cramp*
she's expecting + belly is killing me
she's expecting + back is killing me
expecting a baby + bad pain*
expecting a baby + terrible pain*
expecting a baby + sharp pain*
expecting a baby + lot of pain
expecting a baby + pain … won't go away
expecting a baby + hurts so bad
expecting a baby + hurts really bad
expecting a baby + hurts a lot
expecting a baby + bad cramp*
expecting a baby + belly is killing me
expecting a baby + back is killing me
weeks along + bad pain*
weeks along + terrible pain*
weeks along + sharp pain*
weeks along + lot of pain
weeks along + pain … won't go away
weeks along + hurts so bad
weeks along + hurts really bad
weeks along + hurts a lot
weeks along + bad cramp*
weeks along + belly is killing me
weeks along + back is killing me
months along + bad pain*
months along + terrible pain*
months along + sharp pain*
months along + lot of pain
months along + pain … won't go away
months along + hurts so bad
months along + hurts really bad
months along + hurts a lot
months along + bad cramp*
months along + belly is killing me
months along + back is killing me
# --- belly, abdominal or pelvic pain in pregnancy; stomach pain or cramping with the weeks or months counted
pregnan* + belly pain
pregnan* + abdominal pain
pregnan* + abdomen pain
pregnan* + tummy pain
pregnan* + pelvic pain
pregnan* + pain … belly
pregnan* + pain … abdomen
pregnan* + pain … tummy
pregnan* + lower stomach
pregnan* + lower belly
pregnan* + lower abdomen
pregnan* + belly … hurt*
pregnan* + tummy … hurt*
weeks pregnant + stomach pain
weeks pregnant + pain … stomach
weeks pregnant + stomach … hurt*
weeks pregnant + stomach ache
weeks pregnant + cramping
months pregnant + stomach pain
months pregnant + pain … stomach
months pregnant + stomach … hurt*
months pregnant + stomach ache
months pregnant + cramping
wks pregnant + stomach pain
wks pregnant + pain … stomach
wks pregnant + stomach … hurt*
wks pregnant + stomach ache
wks pregnant + cramping
weeks along + stomach pain
weeks along + pain … stomach
weeks along + stomach … hurt*
weeks along + stomach ache
weeks along + cramping
months along + stomach pain
months along + pain … stomach
months along + stomach … hurt*
months along + stomach ache
months along + cramping
# --- a child and medicine or vitamins eaten (an adult "ate before my pills" stays out)
kid + ate … vitamins
son + ate … vitamins
daughter + ate … vitamins
toddler + ate … vitamins
baby + ate … vitamins
child + ate … vitamins
year old + ate … vitamins
kid + ate … gummies
toddler + ate … gummies
year old + ate … gummies
kid + drank … medicine
toddler + drank … medicine
year old + drank … medicine
kid + drank … syrup
toddler + drank … syrup
year old + drank … syrup
year old + ate … pills
year old + swallowed
year old + got into
# --- bleeding after giving birth or surgery
gave birth + clots
giving birth + clots
postpartum + clots
after delivery + clots
c section + clots
gave birth + soak*
postpartum + soak*
# --- chest discomfort with sweating, arm or jaw
chest + cold sweat*
chest + clammy
chest + left arm
chest + jaw
chest … weird + sweat*
chest … funny + sweat*
chest … strange + sweat*
chest … uncomfortable + sweat*
chest … heavy + sweat*
cold sweat* + arm
cold sweat* + jaw
left arm + sweat*
jaw … hurt* + sweat*
jaw … pain + sweat*
heartburn + sweat* + arm
indigestion + sweat* + arm
# --- not answering, with a sign that the person is down
not answering + floor
not answering + passed out
not responding + floor
won't answer + floor

[other]
# --- harmless: medicine taken as it should be, a phone not answered
took all my pills today
took all my pills this morning
took all my pills as prescribed
took my pills as prescribed
took all my meds today
as prescribed
not answering his phone
not answering her phone
not answering my calls
not answering the phone
won't answer his phone
won't answer her phone
won't answer the phone
he's not answering me back
he's not answering me on
she's not answering me back
she's not answering me on
he isn't answering me back
he isn't answering me on
she isn't answering me back
she isn't answering me on
he won't answer me back
he won't answer me on
she won't answer me back
she won't answer me on
wearing a band around my chest
wearing a band around his chest
wearing a band around her chest

[opt_out]
# --- more ways to say stop texting: slang, typos, anger
stahp
stop … texting me
stop … messaging me
quit … texting me
enough with the messages
enough with the reminders
enough texts
enough messages
don't send me anything
don't send anything else
don't send me anymore
do not send me anymore
stop sending me stuff
no more messages from you
no more texts from you

[alone]
# A bare stop word as the whole reply: a request to stop the messages (END and QUIT are carrier keywords too)
enough = opt_out
end = opt_out
quit = opt_out
remove = opt_out
halt = opt_out
cease = opt_out
enough already = opt_out
no more texts = opt_out
stop it = opt_out
