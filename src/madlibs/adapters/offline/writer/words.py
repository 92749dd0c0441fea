"""What kind of thing a theme's noun names: who can act in a story, where it can happen, what
can take place. Lemmas (singular); inflection comes from lemminflect's tables.

Each list is space-separated; "_" joins the words of one noun ("bake_sale").
"""

from __future__ import annotations

import functools
import gzip
from importlib import resources

from lemminflect import getAllInflectionsOOV, getAllLemmas, getAllLemmasOOV


def _set(text: str) -> frozenset[str]:
    return frozenset(word.replace("_", " ") for word in text.split())


ANIMALS = _set(
    """
    lovebird walleye muskie blobfish anglerfish lanternfish coelacanth isopod sea_cucumber
    great_white guppy bearded_dragon gopher police_dog guide_dog tabby
    timberwolf labradoodle goldendoodle cockapoo cavapoo tetra neon_tetra bluebird blackbird
    kingfisher hatchling gibbon
    sea_lion sea_otter sea_turtle sea_horse killer_whale blue_whale bald_eagle hermit_crab
    honey_bee bumble_bee red_panda snow_leopard mountain_goat black_bear brown_bear
    house_fly
    pet aardvark alligator alpaca ant anteater antelope ape armadillo baboon badger bat bear beaver
    bee beetle bird bison boar buffalo bull bulldog bunny butterfly camel canary cat caterpillar
    cheetah chick chicken chimpanzee chinchilla chipmunk cobra cockatoo cod cow crab crane
    cricket crocodile crow cub deer dinosaur dog dolphin donkey dove dragonfly duck duckling eagle
    eel elephant elk emu falcon ferret finch firefly fish flamingo fly fox frog gazelle gecko
    gerbil giraffe gnu goat goldfish goose gorilla grasshopper guinea_pig gull hamster hare hawk
    hedgehog hen heron hippo hippopotamus horse hummingbird hyena iguana jaguar jellyfish kangaroo
    kitten kitty koala lab_rat ladybug lamb lemur leopard lion lizard llama lobster macaw magpie
    mammoth
    pussycat grizzly grizzly_bear
    manatee meerkat mole mongoose monkey moose mosquito moth mouse mule narwhal newt octopus
    orangutan ostrich otter owl ox oyster panda panther parakeet parrot peacock pelican penguin pig
    pigeon piglet platypus polar_bear pony poodle porcupine possum puffin puma pup puppy python
    piggy doggy doggo froggy birdie foal calf
    quail rabbit raccoon ram rat raven reindeer rhino rhinoceros robin rooster salamander salmon
    scorpion seagull seahorse seal shark sheep shrimp skunk sloth slug snail snake sparrow spider
    squid squirrel starfish stingray stork swan tadpole tiger toad tortoise toucan trout turkey
    turtle unicorn vulture walrus warthog wasp weasel whale wolf wombat woodpecker worm yak zebra
    dalmatian t._rex tyrannosaurus tyrannosaurus_rex triceratops stegosaurus velociraptor
    pterodactyl brontosaurus class_pet
    phoenix griffin gryphon kraken hydra pegasus chupacabra basilisk chimera jackalope kelpie
    manticore wyvern leviathan kitsune
    pug corgi beagle dachshund labrador chihuahua husky terrier retriever schnauzer collie
    greyhound hound bloodhound sheepdog pomeranian budgie axolotl tarantula capybara quokka
    pangolin orca beluga great_dane st_bernard saint_bernard shih_tzu yorkie samoyed doberman
    rottweiler
    pufferfish piranha anaconda t-rex komodo_dragon chameleon clam mussel sea_urchin manta_ray
    hammerhead barracuda cuttlefish albatross condor dodo cockatiel bluejay blue_jay buzzard
    sheep_dog
    opossum wolverine lynx bobcat cougar jackal coyote dingo caribou dromedary okapi tapir hog
    chimp shrew vole mink stoat skink viper rattlesnake centipede millipede flea termite hornet
    locust cockroach roach groundhog clownfish animal creature beast critter tyrannosaurus
    raptor ankylosaurus spinosaurus diplodocus
    bumblebee honeybee lightning_bug sea_serpent serpent sea_monster
    tick loon catfish bug barnacle herd flock swarm bluegill minnow carp
    dino brachiosaurus allosaurus iguanodon mastodon dimetrodon sabertooth sabertooth_tiger
    saber-toothed_tiger pachycephalosaurus parasaurolophus megalodon dilophosaurus archaeopteryx
    plesiosaur mosasaurus woolly_mammoth
    earwig leech aphid mantis praying_mantis stinkbug stink_bug junebug bullfrog earthworm
    inchworm silkworm glowworm pond_skater water_strider mayfly horsefly housefly fruit_fly
    cryptid bed_bug bedbug
    mustang bronco stallion mare colt steed longhorn steer heifer gnat weevil louse
    blowfish swordfish sailfish sunfish lionfish monkfish triggerfish parrotfish flounder marlin
    grouper dugong prawn crawfish crayfish manta moray nudibranch
    humpback nautilus pteranodon trilobite smilodon nightcrawler night_crawler roly-poly
    roly_poly pillbug pill_bug woodlouse stick_insect katydid cicada larva maggot
    """
)
# Things named after an animal, which are no animal: "one hundred hot dogs".
NAMED_AFTER_ANIMALS = _set(
    "hot_dog corn_dog teddy_bear gummy_bear gummy_worm rubber_chicken rubber_duck "
    "plastic_flamingo stuffed_animal chocolate_bunny toy_dinosaur moose_head stuffed_bear "
    "chicken_finger chicken_nugget chicken_tender chicken_wing fish_stick fish_finger "
    "fried_chicken roast_chicken rotisserie_chicken"
)
# Things whose last word names something else: a video game is played, no game one goes to.
THINGS_NAMED_AFTER_OTHERS = NAMED_AFTER_ANIMALS | _set(
    "piggy_bank video_game board_game card_game computer_game bowling_ball beach_ball soccer_ball "
    "crystal_ball disco_ball thank-you_note thank-you_card thank-you_letter golf_ball tennis_ball "
    "ping_pong_ball eight_ball hamster_ball vacuum_cleaner robot_vacuum lawn_mower stomach_bug "
    "tower_crane construction_crane crane_truck"
    # foods that are no kind of their last word: "the ice cream", never "the cream"
    " ice_cream jelly_bean candy_corn peanut_butter french_fry french_fries french_toast"
    " onion_ring brussels_sprout jenga_tower construction_crane"
    # what blows air, never who cheers: "the ceiling fan"; no Roman's candle nor Greek's yogurt
    " ceiling_fan electric_fan desk_fan box_fan roman_candle greek_yogurt"
    # a dish, a guard of glass or plastic, a cake: "the gravy boat", never a boat one boards
    " gravy_boat sneeze_guard mouth_guard chocolate_volcano"
    # a sign one carries, the comments under a post: no protest nor comment of their own
    " protest_sign comments_section"
    # a jab at the doctor's, never a shot one fired
    " flu_shot booster_shot"
    # machines that make food, no one who makes it
    " coffee_maker sandwich_maker ice_cream_maker bread_maker popcorn_maker"
    " waffle_maker pasta_maker smoothie_maker"
    # toys and garden things named after who they look like: "the garden gnome", never somebody
    " garden_gnome lawn_gnome beanie_baby rose_bush rosebush fiddle_leaf_fig toy_soldier"
    " trojan_horse"
    # bars one eats, no bar one goes to: "a poisoned energy bar"
    " candy_bar granola_bar energy_bar chocolate_bar protein_bar cereal_bar cage_bar"
    # sayings with an owner who owns nothing: "the baker's dozen" is no baker's
    " baker's_dozen bee's_knees bee's_knee cat's_pajamas cat's_meow lion's_share devil's_advocate"
    " fool's_gold"
    # toys sold as a set: "the chemistry set makes a monster" (a set, not a chemistry)
    " chemistry_set train_set tea_set lego_set"
    # a show, no opera house: "a soap opera starring vegetables"; a book, nobody who sells
    " soap_opera best_seller"
    # cans, never what one can do: "the trash can rolled down the hill"
    " trash_can garbage_can watering_can soda_can tin_can paint_can oil_can"
    # a device, toys and lists named like a doer or an animal
    " pacemaker rocking_horse hobby_horse playlist wishlist checklist watchlist"
    # clubs one swings, no club one goes to
    " golf_club"
    # toys and games named with a word that is a verb too: "the nintendo switch broke"
    " rubber_band popsicle_stick nintendo_switch pogo_stick spinning_top chess_piece rc_truck"
    " rc_car reverse_card uno_card cave_painting giant_slide magic_8_ball magic_eight_ball"
    " yarn_ball baking_soda_volcano"
    # tools named like a doer: "the coffee maker", "a spaghetti strainer"
    " coffee_maker ice_maker bread_maker noisemaker noise_maker popcorn_maker waffle_maker"
    " strainer spaghetti_strainer pasta_strainer dream_catcher record_player cd_player"
    " dvd_player screwdriver"
    " crop_circle flip_flop belly_flop"
    " wrecking_ball trick_deck card_deck ghost_story permission_slip"
    # caps and boots named after what they are for, never a bottle that caps
    " bottle_cap rain_boot snow_boot"
    # doors named for how they open, never a door revolving; pies and floats one eats
    " revolving_door sliding_door shopping_cart mud_pie root_beer_float fudge_pop cake_pop"
    # things done for one, never a foot that massages
    " foot_massage back_massage foot_soak foot_bath breathing_exercise"
    # things of babies and campaigns, no baby that wipes nor campaign that promises
    " baby_wipe baby_step baby_tooth baby_bottle bubble_bath campaign_promise juice_box"
    # a coach one rides in, no coach of a team
    " stage_coach stagecoach"
    # rolled foods, never a cinnamon that rolls
    " cinnamon_roll egg_roll spring_roll sushi_roll jelly_roll sausage_roll pizza_roll"
    # foods, toys and exercises named like somebody or a deed: no tot, no jack that jumps
    " tater_tot snow_plow snowplow hot_tub bean_bag super_power get-well_card"
    # things of a lab, a game or a shop, never a lab that coats nor loot that boxes
    " lab_coat loot_box trading_card sand_castle panic_attack arcade_machine gaming_mouse"
    " air_horn dance_move"
)

# Things whose name ends as a doing does, that a thing before them is seldom doing: "the
# worst pizza topping", "grandpas painting of a fish".
THINGS_IN_ING = frozenset((
    "topping", "ending", "painting", "drawing", "building", "filling", "stuffing", "frosting",
    "icing", "clothing", "earring", "recording", "greeting", "setting", "reading", "meeting",
    "wedding", "opening", "booking", "listing", "covering", "lining", "tasting",
))  # fmt: skip

# Things named for what is done with them: "hiking boots that walk by themselves" are boots,
# no hike; "shopping carts racing down the hill" race.
THINGS_FOR_DOING = _set(
    """
    sleeping_bag hiking_boot shopping_cart shopping_bag shopping_list trading_card
    fishing_rod fishing_pole fishing_net frying_pan washing_machine diving_board rocking_chair
    walking_stick baking_sheet swimming_cap swimming_trunk bowling_pin racing_car
    magnifying_glass rolling_pin drinking_fountain changing_table boxing_glove skipping_rope
    jumping_rope spinning_wheel steering_wheel scratching_post hitching_post climbing_wall
    bowling_shoe fishing_lure fishing_boat hearing_aid knitting_needle vending_machine
    curling_iron moving_van moving_truck moving_box moving_company packing_tape packing_peanut
    """
)

# Animals whose plural is the word itself: a bare "sheep" or "fish" is the flock or the shoal,
# where a bare "penguin" is one penguin. (lemminflect lists "giraffe" as a plural too, as hunters
# say it, so it cannot tell these apart.)
ZERO_PLURAL_ANIMALS = _set(
    """
    sheep fish deer moose bison buffalo salmon trout cod shrimp squid reindeer elk antelope quail
    goldfish jellyfish starfish swordfish
    """
)

# People, and the creatures of stories that act like people.
PEOPLE = _set(
    """
    man woman human lady gentleman guy
    neanderthal caveperson viewer podcaster superfan taste_tester town_drunk letter_carrier
    mountie groomer dog_groomer nail_tech codebreaker patient tech scaffolder glazier
    prom_date potter spook cubmaster sandman ex kickboxer tester
    son daughter wife husband boyfriend girlfriend fiance fiancee grandson granddaughter newborn
    bridesmaid bro pilgrim samurai nerd mime ringmaster shepherd rancher beginner
    bagger headteacher boxer speedrunner tryhard vtuber stocker tour_guide trail_guide
    spirit_guide archer trumpeter herald armorer armourer piano_tuner drumline troop glee_club
    stacker shelf_stacker bricklayer roofer plasterer
    night_watchman orthodontist eye_doctor hairdresser optician fire_breather
    planner designer manager organizer announcer reporter writer photographer lawyer banker
    waitress nanny tutor bartender umpire
    jury couple hoa council committee vegan chimney_sweep angler mage shapeshifter abductee
    shape-shifter coven guild proctor selectboard
    accountant actor acrobat admiral alien artist astronaut athlete aunt auntie baby baker
    ballerina barber bride brother builder butler captain cashier champion chef child clown coach
    cook cousin cowboy cowgirl dad daddy dancer dentist detective doctor drummer duchess duke
    emperor engineer explorer family farmer firefighter fisherman friend gardener genie ghost
    giant girl boy goblin grandchild granddad grandfather grandma grandmother grandpa granny
    groom guard guest gymnast hero inventor janitor jester judge juggler king kid knight
    librarian lifeguard lumberjack magician maid mail_carrier mailman mayor mechanic mermaid
    rock_star pop_star movie_star superstar secret_agent agent sitter mum gran nan self
    runner-up fan recess_monitor hall_monitor lunch_monitor playground_monitor
    roman greek spartan aztec mayan egyptian trojan co-pilot copilot stewardess
    monster mom mommy mother father mummy musician neighbour neighbor ninja nurse officer
    painter person pilot pirate plumber poet police_officer president prince princess principal
    professor queen ranger referee ref ump umpire robot sailor scarecrow scientist sea_captain
    in-law mother-in-law father-in-law customer shopper passenger visitor clerk camper hiker runner
    lord baron baroness countess earl empress sultan pharaoh tsar servant villager sorcerer
    warlock druid monk nun priest vicar bishop pope hairdresser surgeon carpenter butcher cop
    soldier programmer coder sculptor actress architect governor senator director producer
    author editor miner substitute hall_monitor lunch_monitor crossing_guard trick-or-treater
    enemy rival stranger pal teammate opponent sheriff singer
    sister skeleton snowman spy student superhero surfer tailor teacher troll twin uncle vampire
    viking waiter witch wizard werewolf yeti zombie zookeeper dragon fairy elf gnome ogre minion
    cyborg android martian outlaw bandit cheerleader goalie player team band crew class
    grownup grown-up toddler nephew niece sibling stepmom bus_driver babysitter ghoul heir
    heiress dwarf tooth_fairy santa_claus best_friend grown_up bestie bff crush
    quarterback pitcher striker linebacker shortstop mascot jockey skier snowboarder
    centaur cyclops minotaur sasquatch leprechaun pixie sprite imp gremlin hobbit
    gargoyle banshee merman sphinx gorgon wendigo selkie nymph satyr faun golem djinn harpy
    dryad hobgoblin orc titan cherub demon devil ghostbuster terminator musketeer
    apprentice assistant sidekick boss intern bully classmate roommate buddy villain squire
    character chief peasant hunter thief robber burglar pickpocket crook criminal wrestler vendor
    biker relative superintendent super
    host grandparent parent teenager army orchestra choir gang tribe mafia squad dj ceo vip
    godmother fairy_godmother godfather stepdad stepmother stepfather stepsister stepbrother
    influencer youtuber streamer gamer vlogger blogger barista landlord roommate intern coworker
    tiktoker unboxer follower unfollower subscriber moderator debate_moderator muse norn
    movie_star rock_star pop_star film_star
    worker postal_worker office_worker news_anchor anchorman anchorwoman
    teen tween tour_guide instructor ski_instructor counselor counsellor camp_counselor busker
    bellhop genius tax_collector collector
    rockstar rocker punk_rocker soprano alto tenor baritone diva roadie frontman bandmate
    storm_chaser meteorologist
    attendant flight_attendant operator crane_operator interpreter roofer busboy farmhand
    volunteer new_hire employee paramedic deputy picky_eater eater critic food_critic valet
    scout girl_scout boy_scout cub_scout noob npc window_washer air_traffic_controller
    ring_bearer flower_girl inspector sensei traveler traveller time_traveler time_traveller
    maid_of_honor maid_of_honour best_man
    rapper celebrity paparazzi contestant conductor mover caterer chaperone officiant usher
    hostess retiree bride-to-be newlywed crasher argonaut valkyrie oracle emcee
    quartet trio duo tiktoker weatherman weatherwoman weatherlady weathergirl
    hall_monitor lunchroom_monitor lunch_monitor recess_monitor batboy bat_boy ball_boy
    benchwarmer bench_warmer supervillain
    vet vet_tech stewardess paperboy papergirl baggage_handler bus_monitor runway_model
    fashion_model supermodel trucker chauffeur leader scout_leader mate cabin_mate bunkmate
    shipmate beach_bum slayer vampire_slayer grandkid caveboy cavegirl cavewoman
    gladiator stowaway
    greeter supervillain super_villain super-villain archvillain arch-villain telepath hunchback
    bridezilla groomzilla
    mastermind crusader caped_crusader henchman joker
    dolphin_trainer dog_trainer animal_trainer truck_driver taxi_driver
    delivery_driver delivery_guy delivery_boy delivery_girl bellboy
    castaway illustrator poet_laureate laureate tamer lion_tamer sword_swallower swallower
    human_cannonball balloon_twister fire-eater fire_eater carny carnie knife_thrower
    mind_reader snake_charmer charmer orderly bingo_caller senior resident ringbearer
    rock_band boy_band jazz_band garage_band punk_band flowergirl tornado_chaser recruit
    triplet quadruplet first_mate clan curator museum_curator marching_band navy mariachi
    mariachi_band
    rustler cattle_rustler prospector gunslinger blacksmith marshal posse wrangler ranch_hand
    homesteader settler pioneer undertaker gravedigger gambler horse_whisperer
    prime_minister minister royal treasurer ambassador diplomat chancellor candidate voter
    monarch regent courtier dogcatcher auditor tax_auditor interviewer cfo cto secretary
    commuter tenant landlady recruiter colleague executive supervisor
    suspect witness investigator private_investigator private_eye sleuth gumshoe hacker
    informant snitch assassin accomplice warden prisoner inmate convict mobster gangster
    tycoon billionaire millionaire bouncer realtor
    preschooler kindergartener kindergartner infant tot loser midwife spy_kid heist_crew
    illuminati freemason templar knights_templar psychic phantom ghost_hunter diver
    bricklayer contractor courier entertainer party_entertainer card_shark audience
    postmaster dropout barber_school_dropout magician_assistant grader
    dealer antique_dealer hoarder hipster auctioneer prankster trickster prank_master
    hermit goddess god spelunker sherpa mole_people
    shogun dojo_master kung_fu_master master black_belt lab_partner clone hitchhiker
    sorceress dragonslayer bagpiper ski_patrol burger_flipper
    palm_reader tarot_reader tea_leaf_reader mystic astrologer fortune_teller drum_major mathlete
    prodigy tattler tattletale museum_guide
    """
)

# A person noun that reads as a title before a name: "Grandma Gertrude", "Captain Clive".
TITLE_NOUNS = _set(
    """
    admiral aunt auntie captain chef coach doctor duchess duke emperor grandma grandpa granny
    granddad grandad nana nanna grammy gramps judge king mayor nurse officer president prince
    princess principal professor queen sheriff uncle sea_captain pharaoh sultan tsar czar baron
    baroness countess lord general sergeant colonel detective
    """
)

# People nouns that tell a name's gender: "Grandma" takes a woman's name, "Uncle" a man's.
WOMEN = _set(
    """
    aunt auntie ballerina bride cowgirl daughter duchess empress girl grandma grandmother granny
    maid mermaid mom mommy mother mum nana nan gran niece princess queen sister stepmom witch
    woman lady wife girlfriend stepmother stepsister godmother fairy_godmother
    """
)
MEN = _set(
    """
    boy brother cowboy dad daddy duke emperor father fisherman granddad grandad grandfather grandpa
    gramps groom king mailman nephew papa prince son uncle
    man gentleman guy husband boyfriend stepdad stepfather stepbrother godfather caveman
    """
)

# Places, with the preposition a story puts before them ("at the bank", "on the moon").
_PLACES_AT = _set(
    """
    gift_shop inn hostel lodge karaoke_bar bingo_hall nursing_home old_folks_home dance_floor
    retirement_home
    clinic pharmacy infirmary urgent_care ballpark drive-through drive-thru finish_line
    training_academy
    reptile_house airport_terminal
    airport aquarium arcade bakery bank barn beach bowling_alley bus_stop cafe campsite carnival
    camp summer_camp pizza_place bed_and_breakfast training_camp dojo
    castle cinema circus construction_site dentist disco factory fair farm fire_station
    funfair gas_station gym harbour harbor hospital hotel laundromat library lighthouse mall
    market museum north_pole office opera palace park playground police_station pool post_office
    restaurant school shop stadium station store supermarket swimming_pool theater theatre
    toy_shop toyshop vet zoo county_fair science_fair ice_rink bus_station train_station
    waterpark water_park dinner_table breakfast_table bakery_counter car_wash seaside spa daycare
    middle_school high_school elementary_school summer_school
    doctor eye_doctor orthodontist barber hairdresser optician
    diner pizzeria courthouse arena campground motel planetarium skatepark ski_resort
    salad_bar snack_bar juice_bar food_court buffet dmv
    hot_dog_stand lemonade_stand taco_stand petting_zoo car_dealership dealership pub law_firm
    rest_stop ski_lodge resort orchard apple_orchard
    splash_pad roller_rink rink mill old_mill
    aisle checkout checkout_line cart_corral shopping_mall shopping_center crossing
    duck_crossing railroad_crossing zebra_crossing
    senior_center care_home community_center rec_center bookstore bookshop book_store
    ice_cream_parlor ice_cream_parlour parlor parlour tar_pit hall_of_mirrors ring_toss_booth
    saloon ranch corral gold_mine ballroom preschool nursery accounting_department
    town_square ski_jump drive-in academy wizard_academy magic_school
    mailroom dance_studio studio summit flea_market thrift_shop thrift_store
    trading_post general_store
    city_hall town_hall dump town_dump fitness_center baggage_claim
    gallery art_gallery emporium college clubhouse farmers_market farmer's_market allotment
    polling_place polling_station
    carwash steakhouse burger_joint pizza_joint shack burger_shack fast_food_place food_place
    truck_stop fun_center family_fun_center shipwreck power_plant base alien_base
    landfill burger_place garden_center garden_centre ymca
    junkyard scrapyard bar
    """
)
_PLACES_IN = _set(
    """
    dugout ward bleachers great_outdoors courtyard stable stables tavern enclosure pasture
    cottage bungalow chalet villa
    cow_pasture building_site construction_site warehouse sandpit trench voting_booth
    attic basement bathroom bathtub bedroom cave city classroom closet desert forest garden
    hallway house jungle kitchen lab laboratory maze meadow ocean pond river sea sewer swamp
    town treehouse village volcano woods igloo tent cafeteria snow rain fog thunder mud castle_tower
    dungeon spaceship space outer_space haunted_house living_room backyard museum_basement
    garage kingdom wild_west galaxy universe sky cloud storm world mountains hills valley
    cold dark tower land room salon hair_salon lounge workshop lobby hotel_lobby
    lake jail prison church temple cabin windmill skyscraper apartment mansion hut shed subway
    tunnel alley parking_lot graveyard cemetery pyramid lost_and_found usa uk arctic antarctic
    fish_tank fish_bowl fishbowl goldfish_bowl aquarium_tank star_wars minecraft middle_earth
    creek outhouse belfry tomb back_seat backseat slow_lane fast_lane
    lair hideout hide-out secret_base headquarters
    jail_cell prairie country throne_room
    reef coral_reef front_yard deep_end pig_pen pigpen hayloft cornfield field pumpkin_patch
    canyon rainforest glacier oasis dojo county henhouse
    suite honeymoon_suite penthouse cockpit chapel barbershop funhouse sauna
    first_class business_class economy_class
    greenhouse hall dinosaur_hall yard neighborhood neighbourhood cul-de-sac big_top
    circus_ring circus_tent driveway labyrinth underworld
    courtroom condo stairwell high_rise high-rise auditorium orchestra_pit cubicle bay batcave
    bat_cave lunchroom lagoon lettuce_patch vegetable_patch cabbage_patch
    pantry elevator yurt walkup walk-up emergency_room
    farmhouse cellar crawlspace firehouse call_center reading_nook nook
    """
)
# Shows one goes on and wins, by name: "went on Wheel of Fortune", "wins Jeopardy".
SHOWS = _set(
    "jeopardy wheel_of_fortune american_idol masterchef america's_got_talent"
    " great_british_bake_off price_is_right deal_or_no_deal love_island"
    " masked_singer who_wants_to_be_a_millionaire fear_factor"
)
# Apps and sites one goes on, joins or watches: "my mom joins snapchat".
APPS = _set("tiktok youtube instagram snapchat facebook twitter ebay netflix pinterest")
_PLACES_ON = APPS | (
    _set(
        """
    basketball_court tennis_court sidelines tarmac golf_course street_corner runway porch
    moon mars venus jupiter saturn neptune pluto island ship boat cruise_ship train bus plane farm
    mountain roof rooftop stage
    beach lawn playground_slide skateboard tightrope bridge planet street pier dock runway
    spaceship_deck deck iceberg earth road school_bus highway
    internet
    hill trail nature_trail ferris_wheel merry-go-round interstate
    sidewalk platform ferry metro tram monorail freeway boardwalk sandbar avenue boulevard
    """
    )
    | SHOWS
)
PLACE_PREPOSITION: dict[str, str] = {
    **{place: "at" for place in _PLACES_AT},
    **{place: "in" for place in _PLACES_IN},
    **{place: "on" for place in _PLACES_ON},
}

ONE_WORD_HOLIDAYS = _set(
    "halloween christmas easter thanksgiving hanukkah diwali kwanzaa eid ramadan passover"
    " oktoberfest holi"
)
# Holidays of several words, in lower case, that take capitals however they were typed.
HOLIDAYS = tuple(
    tuple(name.split())
    for name in (
        "new year's eve", "new year's day", "valentine's day", "mother's day", "father's day",
        "st. patrick's day", "st patrick's day", "april fools' day", "april fools day",
        "april fools", "fourth of july", "4th of july", "independence day", "earth day",
        "groundhog day",
        "labor day", "memorial day", "boxing day", "christmas eve", "christmas day",
        "black friday", "cyber monday", "new year's", "cinco de mayo", "lunar new year",
        "chinese new year", "day of the dead", "rosh hashanah", "mardi gras", "bastille day",
        "canada day", "australia day", "bonfire night", "super bowl", "world cup",
        "taco tuesday", "friday the 13th", "friday the thirteenth", "galentine's day",
    )
)  # fmt: skip
HOLIDAY_NAMES = frozenset(" ".join(words) for words in HOLIDAYS)
# Places players name in lower case that take capitals: "a trip to paris", "new york city".
PLACE_NAMES = (
    _set(
        """
    africa antarctica asia australia europe america canada mexico brazil japan india
    egypt france italy spain germany england scotland ireland greece russia iceland peru
    hawaii texas alaska florida california paris london rome tokyo venice berlin madrid
    sydney cairo hollywood transylvania atlantis narnia wonderland titanic stonehenge
    mariana_trench
    new_york new_york_city las_vegas los_angeles san_francisco hong_kong mount_everest
    eiffel_tower statue_of_liberty big_ben white_house grand_canyon great_wall_of_china
    london_bridge sahara amazon himalayas alps pacific atlantic bermuda_triangle
    niagara_falls stonehenge north_pole south_pole main_street times_square wall_street
    loch_ness minecraft roblox fortnite walmart costco disneyland legoland six_flags jurassic_park
    mario_kart among_us animal_crossing star_wars hogwarts middle_earth gotham
    buckingham_palace windsor_castle kensington_palace tower_of_london taj_mahal machu_picchu
    mount_rushmore yellowstone death_valley area_51 english_channel colosseum everest
    sears petsmart petco pizza_hut chuck_e_cheese penn_station grand_central_station
    grand_central broadway cinnabon kroger safeway walgreens home_depot trader_joe's
    goodwill
    korea vietnam thailand philippines indonesia malaysia singapore pakistan kenya
    nigeria ghana ethiopia morocco argentina colombia cuba jamaica sweden norway finland
    denmark poland ukraine portugal netherlands holland switzerland austria belgium israel
    new_zealand south_africa shanghai beijing bangkok seoul mumbai delhi dubai istanbul moscow
    nairobi lagos lima havana manila jakarta chicago boston seattle miami dallas houston toronto
    vancouver montreal dublin edinburgh amsterdam barcelona prague vienna athens budapest
    stockholm oslo copenhagen rio rio_de_janeiro buenos_aires mexico_city new_orleans bollywood
    vegas bali fiji tahiti disney_world hogwarts neverland gotham
    roswell area_51 great_barrier_reef tomorrowland gobi congo andes el_dorado
    alabama arizona arkansas colorado connecticut delaware idaho illinois indiana iowa kansas
    kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
    montana nebraska nevada new_hampshire new_jersey new_mexico north_carolina north_dakota
    ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee utah
    vermont virginia west_virginia wisconsin wyoming ontario quebec york sparta milky_way
    sleepy_hollow washington washington_dc olive_garden waffle_house route_66 brooklyn
    london_underground
    yellowstone yosemite everglades half_dome death_valley kilimanjaro
    cornwall devon yorkshire blackpool margate brighton bournemouth manchester liverpool glasgow
    bristol birmingham wales orlando atlanta denver
    appalachian_trail camelot mount_rushmore lake_michigan lake_tahoe lake_erie
    lake_superior louvre great_wall valhalla asgard olympus mount_olympus jotunheim alfheim
    midgard delphi troy
    cedar_point busch_gardens seaworld sea_world splash_mountain space_mountain kingda_ka
    universal_studios knotts_berry_farm dollywood supercuts home_depot whole_foods san_diego malibu
    cape_cod myrtle_beach cleveland albuquerque detroit
    manhattan harlem bronx central_park fifth_avenue 5th_avenue zion carlsbad old_faithful
    dodge_city tombstone nottingham la_brea_tar_pits oz sistine_chapel swan_lake
    tulsa omaha boise reno memphis nashville sacramento kansas_city st_louis cincinnati milwaukee
    minneapolis baltimore philadelphia san_antonio el_paso tucson topeka wichita little_rock
    des_moines oklahoma_city salt_lake_city santa_fe anchorage honolulu key_west
    smoky_mountains great_smoky_mountains glacier_national_park sequoia_national_park
    yellowstone_national_park zion_national_park grand_teton acadia
    """
    )
    | SHOWS
)
# What one rides, told after "on": "a penguin on a pogo stick", "a dog on a skateboard".
RIDDEN = _set(
    """
    stick skateboard unicycle bicycle bike scooter surfboard skis sled tricycle hoverboard
    broom broomstick motorcycle horse camel elephant rollerblades skates rollerskates roller_skates
    treadmill trampoline
    """
)
# What a star is a star of, who is somebody: "a TikTok star", "the reality TV star"; a star
# alone, or a gold or shooting star, is a thing.
FAME = _set(
    "tv tiktok youtube instagram internet movie film pop rock reality show sitcom broadway"
    " hollywood country music rap disco karaoke child football soccer basketball baseball hockey"
)
# Characters of fairy tales, rhymes, films and games, and famous people, that players name in
# lower case: they take capitals and are somebody ("cinderella loses her phone" is about
# Cinderella, not "a cinderella"; "bob the builder's day off" is his, never "bobbing the
# builder"; "napoleon at the waterpark" is Napoleon).
CHARACTER_NAMES = _set(
    """
    cinderella goldilocks rapunzel pinocchio rumpelstiltskin thumbelina hansel gretel rudolph
    peter_piper simple_simon little_jack_horner jack_be_nimble wee_willie_winkie
    billy_goat_gruff tom_thumb pac-man bloody_mary bo_peep
    evil_queen
    batman superman spiderman spider-man shrek elsa tarzan dracula nemo dumbo bambi
    snow_white sleeping_beauty humpty_dumpty little_red_riding_hood red_riding_hood
    harry_potter old_macdonald old_mcdonald peter_pan robin_hood bob_the_builder tinker_bell
    mother_goose mother_nature father_time
    little_bo_peep frosty_the_snowman jack_frost prince_charming puss_in_boots winnie_the_pooh
    peter_rabbit captain_hook sherlock_holmes king_kong wonder_woman little_miss_muffet
    wizard_of_oz mario super_mario luigi bowser yoshi pikachu sonic sonic_the_hedgehog grinch
    jack_and_jill big_bad_wolf tooth_fairy easter_bunny gingerbread_man
    captain_underpants spongebob sponge_bob spongebob_squarepants peppa_pig scooby_doo garfield
    mickey_mouse minnie_mouse donald_duck elmo cookie_monster big_bird dora olaf alice
    old_mother_hubbard cupid godzilla bigfoot boogeyman elf_on_the_shelf santa santa_claus
    pac-man frankenstein napoleon cleopatra einstein mozart beethoven shakespeare abraham_lincoln
    george_washington julius_caesar king_tut isaac_newton queen_victoria genghis_khan
    leonardo_da_vinci mr._potato_head mrs._potato_head mr_potato_head mrs_potato_head
    mister_potato_head captain_caveman sailor_moon
    taylor_swift hello_kitty barbie yoda baby_yoda darth_vader luke_skywalker hulk
    cat_in_the_hat paw_patrol bluey minecraft_steve pied_piper mad_hatter
    cheshire_cat queen_of_hearts indiana_jones james_bond iron_man captain_america
    buzz_lightyear willy_wonka mary_poppins gandalf dumbledore medusa chicken_little
    henny_penny jack_sprat little_boy_blue georgie_porgie gatsby catwoman aquaman thor
    hercules achilles odysseus zeus old_king_cole long_john_silver miss_piggy kermit
    mr_bean mr._bean mr_fantastic mr._fantastic doctor_doom doctor_strange doctor_octopus
    messi lionel_messi lebron lebron_james steph_curry stephen_curry ronaldo
    cristiano_ronaldo serena_williams michael_jordan usain_bolt simone_biles
    honest_abe alexander_graham_bell captain_cook joan_of_arc harriet_tubman ponce_de_leon
    rosa_parks marco_polo christopher_columbus amelia_earhart thomas_edison benjamin_franklin
    ben_franklin neil_armstrong count_dracula count_chocula frankenberry
    nancy_drew hercule_poirot miss_marple inspector_gadget carmen_sandiego curious_george
    van_gogh vincent_van_gogh picasso monet rembrandt michelangelo da_vinci frida_kahlo
    bob_ross banksy andy_warhol salvador_dali rodin
    wyatt_earp
    nessie king_neptune jamie_oliver gordon_ramsay houdini coco_chanel postman_pat elvis
    samurai_jack mama_bear papa_bear baby_bear momma_bear mommy_bear daddy_bear nikola_tesla
    king_arthur mona_lisa
    buffalo_bill calamity_jane annie_oakley billy_the_kid wild_bill_hickok davy_crockett
    jesse_james butch_cassidy bugs_bunny daffy_duck porky_pig tweety wile_e_coyote
    lone_ranger zorro
    donkey_kong lara_croft mega_man kirby samus crash_bandicoot master_chief princess_peach
    princess_zelda teddy_roosevelt theodore_roosevelt mark_antony sir_walter_raleigh
    walter_raleigh leif_erikson tutankhamun charlemagne
    herod king_herod macbeth hamlet oliver_twist
    alexander_the_great ivan_the_terrible eric_the_red catherine_the_great peter_the_great
    william_the_conqueror attila_the_hun vlad_the_impaler conan_the_barbarian
    richard_the_lionheart ethelred_the_unready
    poseidon hades athena apollo artemis aphrodite ares hermes hera demeter dionysus persephone
    prometheus narcissus perseus theseus orpheus pandora icarus loki odin freya frigg
    heimdall fenrir cerberus sleipnir
    edison elon_musk doc_brown steve_jobs bill_gates marie_curie galileo charles_darwin
    stephen_hawking brothers_grimm boogey_man bogey_man abe_lincoln
    """
)
# Adverbs that are other words too, but only adverbs just before a verb: "a parrot that only
# says no", "grandpa still snores" (and never a name after a title: "Grandpa Still").
ADVERBS_BEFORE_VERBS = frozenset(("only", "still", "just", "also", "ever", "already", "even"))
# People taken together: a story names one of them, never the whole ("the team Doris").
GROUPS = _set(
    "family team band crew class club orchestra choir army gang tribe parent grandparent mafia "
    "squad quartet trio duo jury couple hoa council committee coven guild selectboard"
)


# Animals taken together, after the animal: "a wolf pack", "the goose posse".
ANIMAL_BANDS = _set("pack herd flock swarm colony posse mob")


def a_group(lemma: str) -> bool:
    """Whether a noun names people or animals taken together: "team", "marching band", "glee
    club", "wolf pack"."""
    return lemma.lower().rpartition(" ")[2] in GROUPS | ANIMAL_BANDS


# Verbs of wanting and liking: one never "wanted to want" anything, nor "to love mud baths".
WISHING = _set("want wish hope dream long need love like adore enjoy prefer")
# Verbs of thinking: nobody "wanted to think it's a cat".
THINKING = _set("think believe know seem understand hate")
# Verbs that say how things are or what one wants, not something done: nobody watches a
# vampire "be secretly a vampire", nor tries to try to cook.
NOT_DONE = _set(
    """
    be have love like hate want need know believe own wish seem prefer deserve understand
    belong hope try think feel
    """
)
# Characters named with "the" however they were typed: "tooth fairy" is the Tooth Fairy.
CHARACTERS_WITH_THE = _set(
    "big_bad_wolf tooth_fairy easter_bunny gingerbread_man grinch hulk cat_in_the_hat "
    "pied_piper mad_hatter cheshire_cat queen_of_hearts"
)


def _longest_first(name: str) -> tuple[int, str]:
    """Longest first, then in the alphabet's order, whatever order a set gives."""
    return -len(name), name


# Names of several words, joined into one when a theme is read.
NAMES_OF_SEVERAL_WORDS = HOLIDAYS + tuple(
    tuple(name.split())
    for name in sorted(PLACE_NAMES | CHARACTER_NAMES, key=_longest_first)
    if " " in name
)

# Things that happen: a story can take place at or during them ("at the wedding").
EVENTS = (
    _set(
        """
    anniversary auction royal_ball masquerade_ball bake_sale bake-off bake_off cookoff cook-off
    dance-off dance_off bowling_league knitting_circle
    night_out girls_night_out time_out rope_climb shuttle_run reception wedding_reception
    open_house protest sit-in filibuster raid flip-off dinosaur_dig
    garter_toss bouquet_toss
    monster_mash conga_line fashion_week morning_show talk_show game_show cooking_show quiz_show
    reality_show news_show ring_toss egg_toss coin_toss bean_bag_toss arm_wrestling stakeout
    thumb_wrestling wrestling_match
    shot_put high_jump long_jump triple_jump pole_vault sack_race relay_race three-legged_race
    egg_and_spoon_race obstacle_course dance-off bake-off cook-off sing-off
    fundraiser walkathon readathon raffle cakewalk cake_walk derby regatta weigh-in weigh-off
    photoshoot photo_shoot snowfall blowout telethon
    hay_ride boat_ride train_ride bus_ride car_ride sleigh_ride
    council_meeting town_meeting committee_meeting board_meeting
    cleaning_day laundry_day chore_day abduction alien_abduction autopsy
    barbecue final birthday birthday_party
    carnival ceremony
    gig sing_along encore rock_opera evacuation sandstorm hailstorm drought jam_session surgery
    playoffs halftime kickoff pep_rally scrimmage
    championship competition concert contest dance dinner_party election exam fair feast festival
    field_trip game garage_sale graduation holiday party picnic parade play race recital
    retirement_party reunion sale science_fair show sleepover campout spelling_bee sports_day
    surprise_party talent_show tea_party tournament trip vacation wedding yard_sale match
    meeting rehearsal performance premiere opening pageant rodeo sleepover_party slumber_party
    team_building quiz_bowl math_bee quilting_bee sewing_bee homecoming olympiad seance
    first_day snowstorm thunderstorm storm blizzard eclipse tornado flood heatwave
    last_day fight pillow_fight snowball_fight food_fight water_fight prom marathon olympics
    pool_party dance_off bake_off dance_party dance_class dance_battle rap_battle job_interview
    job_fair fashion_show heist robbery day_off rematch showdown battle duel joust face-off disaster
    debate retreat conference uprising invasion apocalypse adventure catastrophe takeover
    rebellion mix-up rally club
    traffic_jam time_travel hunt quest journey voyage expedition mission chase blackout playdate
    road_trip flight appointment checkup lesson tryout bar_mitzvah bat_mitzvah baby_shower
    funeral fire_drill bake-off heat_wave shortage summer_break spring_break spelling_test
    math_test science_test pop_quiz safari fiesta luau powwow bbq cookout
    musical world_cup world_series field_day hunger_game super_bowl semifinal playoff gala
    banquet hurricane earthquake tsunami
    interview audition housewarming bridal_shower christening detention assembly lockdown
    explosion eruption avalanche stampede meltdown hayride trick-or-treating
    math_class gym_class art_class science_class music_class history_class pe_class
    english_class war great_escape date first_date blind_date honeymoon yoga_class
    cooking_class karate_class swim_class ballet_class piano_class incident meltdown accident
    fiasco scandal visit karaoke disco tasting wine_tasting hike rave sighting day_out recess
    riot emergency meteor_shower spacewalk space_walk rocket_launch launch seder holiday_dinner
    nature_walk big_bang
    operation moon_landing crash_landing olympic_game getaway hullabaloo kerfuffle shindig ruckus
    jamboree extravaganza hoedown fandango bonanza fest hoopla brouhaha rumpus caper escapade
    debacle rampage quinceañera quinceanera cruise dash sprint relay triathlon mutiny siege
    potluck swim_meet track_meet gymnastics_meet
    cleanup clean-up practice band_practice mudslide landslide sweet_sixteen gender_reveal
    sock_swap ding_dong_ditch tornado_warning monsoon pajama_party pyjama_party
    marshmallow_roast swim_test test quiz school_run commute school_pickup swimming_lesson
    convention comic_con standoff stand-off shopping_trip shopping_spree
    lock-in birthday_bash tractor_pull snack_raid sister_swap family_gathering clan_gathering
    prank_war pottery_class sing-along singalong
    spin_class aerobics_class zumba_class fitness_class pilates_class stretching_class
    challenge trial midterm final_exam interrogation tour presentation bootcamp boot_camp
    fun_run flash_mob flashmob
    knitting_club book_club chess_club club_meeting fossil_dig
    dino_dig migration museum_tour
    gold_rush gunfight shootout cattle_drive coronation recount referendum kidnapping nap_strike
    roundup tantrum campaign midnight_feeding feeding_time
    brunch winter_break winter_formal formal spring_fling sock_hop flash_mob snack_attack
    vanishing_act disappearing_act magic_act swap_meet bazaar church_bazaar
    kung_fu_class potion_class chemistry_class roadtrip car_ride bathroom_break
    feud tug-of-war tug_of_war inauguration disappearance egg_drop
    poetry_reading book_reading book_signing birthday_dinner family_dinner fancy_dinner
    rehearsal_dinner anniversary_dinner gift_exchange skydive bouquet_toss argument yelling_match
    shouting_match sock_war bidding_war
    zoom_call conference_call video_call phone_call session brainstorm_session lunch_break
    coffee_break performance_review battle_royale drum_circle night_shift check-up
    """
    )
    | ONE_WORD_HOLIDAYS
    | HOLIDAY_NAMES
)
# Deeds named as what happened: a story tells of "the escape from the ball pit" as of an event,
# never as a thing left on the doorstep. Kept out of EVENTS, whose nouns are read as nouns
# first: "escape the zoo" is a deed to do, "my false teeth escape" what the teeth do.
DEEDS_THAT_HAPPEN = _set("escape rescue getaway breakout jailbreak collapse spill")
# Events a story is "on", not "at": "on vacation", "on the first day of school".
EVENTS_ON = (
    _set(
        """
    day first_day last_day vacation holiday trip field_trip cruise birthday anniversary day_off
    quest journey voyage expedition mission road_trip flight date first_date blind_date
    honeymoon visit hike
    """
    )
    | ONE_WORD_HOLIDAYS
    | HOLIDAY_NAMES
) - _set("super_bowl world_cup oktoberfest")  # happenings one is at, not days

# Two things named as one, which stand without an article: "mac and cheese monster" is a
# monster of mac and cheese, nobody named Mac.
PAIRS_NAMED_AS_ONE = _set(
    "mac_and_cheese macaroni_and_cheese fish_and_chips peanut_butter_and_jelly "
    "bread_and_butter rock_and_roll milk_and_cookies fish_and_chip bed_and_breakfast "
    "cup_and_ball egg_and_spoon"
)
# Stuff a story can hand around, hide and find ("Somebody had left soup by the door"), unlike
# the other bare nouns, which are ideas ("chess", "music").
BARE_STUFF = (
    _set(
        """
    food homework candy pizza cheese chocolate dessert soup treasure gold lemonade ice_cream
    baking_soda baking_powder finger_paint
    """
    )
    | PAIRS_NAMED_AS_ONE
)
# Nouns that take no "a" (a player who types one without an article means it so): "IKEA
# furniture", never "an IKEA furniture".
UNCOUNTABLE = _set(
    """
    furniture luggage baggage equipment information advice money laundry traffic garbage trash
    gravity insurance lint boredom
    rubbish mail jewelry jewellery clothing software glitter slime mud sand spaghetti pasta rice
    sushi
    cereal popcorn broccoli lettuce toast milk juice water homework blood thunder lightning
    gum lava jelly honey butter jam ketchup mustard syrup gravy bread food bacon cheese garlic
    sugar flour salt grass hay treasure gold silver snow ice rain weather soup paint glue music
    hail sleet fog revenge domination mischief havoc coffee tea soda lemonade cocoa espresso
    security jet_lag
    magic talent stuff wi-fi internet electricity evidence trick-or-treating karaoke
    chickenpox chicken_pox pox measles mumps pink_eye strep_throat
    calligraphy origami pottery mold mould
    """
)
# Verbs whose where is part of what they say: "a monster lives under the stairs", "our class
# hamster goes on vacation".
PLACED_VERBS = _set("live stay go come travel move hide sleep work sit stand fall land step slip")
# Events that are days: everyone is on a trip but never "on the birthday".
DAYS = _set("birthday anniversary day first_day last_day day_off day_out holiday night eve morning")
# Words that only exclaim: a theme of nothing else says nothing to write about.
INTERJECTIONS = _set(
    "oh wow whoa yikes hooray yay omg oops eek ouch ugh yuck hey uh-oh huh hmm lol ahoy avast"
    " shh shhh psst"
)
# Cheers before whom they are for: "long live the king", "happy birthday to the moon".
CHEERS = _set(
    "long_live all_hail hail_to god_save three_cheers_for happy_birthday_to hats_off_to "
    "congratulations_to congrats_to shout_out_to"
)
# Cries of more than one word: "oh no", never a word of what follows them.
CRIES_OF_SEVERAL_WORDS = _set(
    "whatever_you_do sleep_tight good_night nighty_night oh_no uh_oh oh_dear oh_my ahoy_matey "
    "ahoy_mateys ship_ahoy land_ho land_ahoy yo_ho_ho anchors_away anchors_aweigh"
)
# Refrains of rhymes and tales cried before a theme, never a word of it ("hickory dickory dock
# the mouse ate the clock"); alone, they name the rhyme.
REFRAINS = _set(
    "shiver_me_timbers ahoy_matey ahoy_there yo_ho_ho hickory_dickory_dock fee_fi_fo_fum "
    "hey_diddle_diddle bibbidi_bobbidi_boo hocus_pocus"
)
# Parts of a body: where something lands, never where a story happens ("in my hair").
BODY_PARTS = _set(
    "hair head nose mouth ear eye hand foot toe tummy belly stomach arm leg knee finger face "
    "tooth teeth feet hands ears eyes toes fingers legs arms knees "
    "tail tails paw paws beak wing wings claw claws whiskers horn horns fin fins fur mane heart "
    "belly_button nostril nostrils elbow elbows beard beards mustache moustache"
)
# What one wears, which nobody is in as in a place: "a hippo in a beret" wears it.
WORN = _set(
    "beret tutu tuxedo suit dress gown costume onesie bathrobe robe coat jacket sweater hoodie "
    "cape cloak kilt skirt apron scarf mask wig tiara sombrero bonnet uniform overalls vest "
    "bow_tie necktie raincoat trench_coat swimsuit bikini diaper pajamas pyjamas leggings tights "
    "helmet top_hat cowboy_hat party_hat wedding_dress ball_gown tracksuit leotard"
)
# Words said letter by letter, typed in lower case: "the tv" is the TV.
ACRONYMS = _set(
    "tv ufo dj ceo atm usa uk dna diy vip mvp dmv fbi cia ikea nasa bbq hoa rv pe ai gps omg pta"
    " npc hr tsa pc vr"
)
# Colours, which alone describe: "purple" is a purple story, not the purple.
COLOURS = _set(
    "red orange yellow green blue purple pink black white brown gray grey gold silver violet"
)
# Deeds done to someone or somewhere, never a kind of them: no "visiting grandma" is a
# grandma who visits, no "surviving school" a school that survives.
DONE_TO_SOMEONE = _set(
    """
    visiting surviving exploring fighting robbing meeting chasing catching finding feeding
    saving babysitting escaping invading conquering cleaning leaving ruling fixing hosting
    judging coaching
    """
)
# What befalls one rather than what one does: never "had always wanted to go wrong".
ACCIDENTS = _set(
    "wrong lost stuck sick missing down over apart caught hurt grounded arrested haywire berserk"
)
# How one ends up after a verb: "fell asleep", "came apart", "got sick".
HOW_ONE_ENDS_UP = _set("asleep awake apart ill sick silent loose")
# How one is that nobody wants to be: "had always wanted to be afraid of spiders" never is.
FEARS = _set("afraid scared terrified frightened allergic broken late")
# What one catches, never on purpose: "Rudolph gets a cold", never "tried to get a cold".
ILLNESSES = _set(
    "cold flu hiccups cough fever chickenpox chicken_pox sunburn headache toothache rash measles "
    "mumps pink_eye strep_throat tummy_ache stomachache stomach_ache man_cold"
)
# What befalls a thing with nothing after it: "the time machine broke", "the snowman melted".
BREAKDOWNS = _set("break crash melt burst sink die")
# Things one knows or tells rather than holds: "the mystery", never left on the doorstep.
IDEAS = _set(
    "mystery secret problem question rumor rumour plan idea dream joke riddle legend curse "
    "drama gossip news story chaos fail life wish walk ride drive job lottery vibe vibes "
    "energy end alphabet song turn hug kiss diet name nap meaning power science history art "
    "friendship magic hiccup hiccups flu chance voice attitude grudge feeling mind swim cruise "
    "spin search allergy fright heartbreak crush route superpower password nickname allowance "
    "rate price backflip cartwheel somersault pushup push-up situp sit-up burpee handstand "
    "headstand jumping_jack"
)
# Endings of nouns for what one feels or holds to, never a thing: "happiness", "gravity",
# "boredom", "heroism"; those of the first two kinds stand without an article.
IDEA_ENDINGS = ("ness", "ity", "dom", "ism")
BARE_ENDINGS = ("ness", "ism", "synthesis", "morphosis")
# Games children play, named without an article: "hide-and-seek with a ghost". Those the
# dictionary hyphenates are known as players type them too (themes.clean hyphenates them).
_HYPHENATED_GAMES = _set(
    "hide-and-seek show-and-tell tic-tac-toe rock-paper-scissors tug-of-war whack-a-mole"
)
GAMES = (
    _set(
        """
    hopscotch tag freeze_tag dodgeball charades hot_potato leapfrog kickball bingo checkers
    truth_or_dare fetch chess poker simon_says duck_duck_goose musical_chairs capture_the_flag
    follow_the_leader red_light_green_light red_rover tetris candy_land pictionary
    """
    )
    | _HYPHENATED_GAMES
    | {game.replace("-", " ") for game in _HYPHENATED_GAMES}
)
# Games named in several words, some of them verbs, and pairs named as one, that are read as
# one word of the theme ("simon says at the zoo" is a game there; Simon says nothing; "the
# lost and found box" is one box).
GAMES_OF_SEVERAL_WORDS = tuple(
    tuple(name.split())
    for name in sorted(GAMES | PAIRS_NAMED_AS_ONE | {"lost and found"}, key=_longest_first)
    if " " in name
)
# Nouns that stand without an article ("at school", "about lunch"); not weather, which is a
# place with "the" ("in the rain").
BARE_NOUNS = (
    BARE_STUFF
    | GAMES
    | _set(
        """
    space outer_space school halloween christmas music science history math lunch breakfast
    dry_cleaning dibs algebra geometry biology chemistry physics geography calculus
    dinner summer winter spring autumn football soccer baseball basketball hockey tennis
    golf magic art nature time camp summer_camp bedtime recess gym class love friendship chess
    ping_pong table_tennis pickleball volleyball badminton lacrosse rugby softball handball croquet
    water_polo scrabble monopoly uno jenga pilates
    something anything everything nothing dad_joke spring_cleaning
    math_class gym_class art_class science_class music_class history_class pe_class english_class
    ballet karate jazz yoga kung_fu judo gymnastics poetry gravity karaoke breaking_news tai_chi
    crossfit zumba
    easter thanksgiving hanukkah laser_tag paintball time_travel
    """
    )
    | {name for name in HOLIDAY_NAMES if not name.startswith("fourth")}  # "the Fourth of July"
    | ONE_WORD_HOLIDAYS  # "during Diwali", never "the Diwali"
)

# Names pets are given that are words too: after "my cat" or "our dog" they are its name ("my
# cat mittens" is my cat Mittens; "the dog biscuit" stays a biscuit).
PET_NAMES = _set(
    """
    mittens whiskers socks biscuit spike peanut pickles oreo shadow muffin nugget coco pepper
    smokey patches boots snowball fluffy bandit bubbles sprinkles marshmallow teddy tiger
    cookie ginger buddy lucky sunny pumpkin noodle waffles butterscotch cupcake
    cinnamon kiwi honey maple mocha olive bean nacho taco pudding pebbles toffee
    pretzel pancake nibbles puddle frost buster sparky rex max duke zeus scruffy rover fido
    champ ziggy
    """
)
# First names that are words too, read as names where a name stands first in a theme: "jack
# goes to school", "sandy's birthday", "bill the cat" (not "will", "may" and the like, which
# start questions and dates).
NAMES_THAT_ARE_WORDS = _set(
    """
    harry jack bob bill sue rob frank mark pat sandy rusty dusty chuck drew wade ray art gene herb
    guy ted tom nick rick dean earl rose lily daisy ruby penny holly ivy violet iris dawn
    grace joy faith candy cookie ginger buddy lucky sunny frosty sally hank dot carol pearl
    jade amber hazel heather rocky bobby jimmy johnny tommy billy mike max eddie jasmine
    poppy willow petunia beryl opal myrtle
    """
)
# Names that are words too, typed far more often as names: "bobs" is seldom many bobs, where
# "guys", "bills" and "cookies" are many.
NAMES_MORE_THAN_WORDS = frozenset((
    "bob", "tom", "mike", "rick", "nick", "ted", "hank", "frank", "chuck", "drew", "wade",
    "sue", "rob", "harry", "eddie", "jimmy", "johnny", "tommy", "billy", "bobby", "sally",
    "sandy", "rusty", "dusty", "rocky", "herb", "dot",
))  # fmt: skip
# Pronouns for anyone or anything, which the table gives as nouns: "everything", "nobody".
ANY_AT_ALL = frozenset((
    "everything", "everyone", "everybody", "anything", "anyone", "anybody", "nothing",
    "nobody", "something", "someone", "somebody",
))  # fmt: skip
# Things such a first name starts, from WordNet: "lily pads", "candy canes" are things, where
# "lily runs for mayor" is Lily's deed.
NAMED_THINGS = _set(
    """
    lily_pad daisy_chain candy_bar candy_cane candy_corn candy_egg candy_kiss candy_store
    cookie_jar cookie_sheet bobby_pin billy_club ginger_snap ginger_nut poppy_seed rose_garden
    rose_bed rose_bush rose_petal penny_stock art_class art_school jack_pine guy_rope grace_note
    cookie_box cookie_dough cookie_cutter cookie_crumb cookie_sale cookie_monster
    """
)
# Family words that read as names when they stand alone: "Grandpa's magic hat".
FAMILY_NAMES = _set(
    "grandma grandpa granny granddad grandad nana papa mom mum dad mommy daddy auntie gramps "
    "grammy abuela abuelo nonna nonno oma opa yiayia bubbe zayde pop-pop meemaw memaw mimi nanna "
    "gran nan pawpaw mawmaw papaw poppop grampy pappy granddaddy grandmommy grampa gramma grandpop"
)
# Family names that are a whole name on their own: "Dad", never "Dad Mortimer".
PARENT_NAMES = _set("mom mum dad mommy daddy")

# Days and times: a theme made of these names a time, not a cast ("Monday morning").
_MONTHS = _set(
    """
    january february april june july august september october november december
    """
)  # not "may" nor "march", which are words too
TIMES = _MONTHS | _set(
    """
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night
    midnight weekend today tomorrow yesterday tonight someday noon day hour week month year
    minute summer winter spring autumn closing_time bedtime lunchtime dinnertime nap_time
    snack_time lights_out story_time storytime
    naptime potty_time bath_time bathtime payday tax_day overtime season middle_age stone_age
    teatime tea_time harvest_time milking_time full_moon blue_moon
    ice_age dark_age space_age bronze_age iron_age jurassic_period jurassic cretaceous triassic
    renaissance century
    millennium decade
    """
)
# Times that are no "a ...": "at midnight", never "a midnight" or "the end of the midnight".
TIMES_WITHOUT_ARTICLE = _MONTHS | _set(
    "midnight noon today tomorrow yesterday tonight someday lights_out naptime bathtime"
)
# Peoples and their languages, named with a capital: "speaks French" (no place to be in).
NATIONALITIES = _set(
    """
    french spanish english german italian chinese japanese dutch greek russian mexican
    american british canadian australian irish scottish klingon latin
    """
)
# Places that are names, with no "the": "on Mars".
PLANETS = _set("mars venus jupiter saturn neptune pluto")
ALWAYS_CAPITALISED = (
    PLANETS
    | _set(
        """
    monday tuesday wednesday thursday friday saturday sunday olympics olympic santa viking
    skittles oreos legos pokemon roman spartan aztec mayan egyptian trojan norse ragnarok tetris
    renaissance jurassic cretaceous triassic
    """
    )
    | NATIONALITIES
    | ONE_WORD_HOLIDAYS
    | _MONTHS
    | {name for name in PLACE_NAMES | CHARACTER_NAMES if " " not in name}
)

# Every noun the lists above name, for telling a name from a known noun ("queen bee").
KNOWN_NOUNS = ANIMALS | PEOPLE | EVENTS | BARE_NOUNS | TIMES | frozenset(PLACE_PREPOSITION)

# Plurals with no singular of their own, and the one of them: "people" -> a person.
# Deeds done to somebody, after which a name no list knows is a person's, not a town's:
# "met Elvis", "hugged Beyonce".
DONE_TO_PEOPLE = frozenset((
    "meet", "hug", "kiss", "marry", "date", "interview", "tickle", "punch", "high-five",
    "call", "text", "beat", "wrestle", "battle", "challenge", "babysit", "prank", "tackle",
    "ask", "invite", "dump",
))  # fmt: skip

# The sky and its weather, places that do as somebody does when a theme tells them to: "the
# moon took a vacation", "the thunder gets the hiccups".
SKY = _set("moon sun sky cloud rain_cloud raincloud thunder lightning wind rainbow")
# Vehicles, told as places one is on or in, which can also go and do as somebody does.
VEHICLES = _set(
    "train bus plane airplane ship boat spaceship spacecraft submarine taxi ferry elevator"
    " escalator"
)

# Pronouns that only a verb or a preposition takes: "drove us home", "told me".
OBJECT_PRONOUNS = frozenset(("me", "us", "him", "them"))

PLURAL_ONLY = {"people": "person", "folks": "person", "police": "police officer", "cattle": "cow"}

# Nouns whose plural is their only form, which the table takes for a lemma of their own.
NO_SINGULAR = frozenset((
    "jeans", "pajamas", "pyjamas", "overalls", "goggles", "binoculars", "scissors", "tweezers",
    "pliers", "sweatpants", "tights", "knickers", "clothes", "sunglasses", "eyeglasses",
    "leggings", "trousers", "headphones", "earmuffs", "undies", "underpants", "shorts", "pants",
))  # fmt: skip


# Verbs lemminflect's table lacks, whose forms its rules make: "texted", "twerking".
_VERBS_THE_TABLE_LACKS = {
    "text", "facetime", "vlog", "livestream", "photobomb", "twerk", "moonwalk", "facepalm",
    "rollerblade", "breakdance", "zipline", "skype", "snapchat", "bungee", "fistbump",
    "autocorrect", "google", "photoshop", "unfriend", "screenshot", "binge-watch", "meow",
    "oink", "woof", "ribbit", "boogie", "tap-dance", "speedrun", "prank", "unbox", "glitch",
    "yeet", "tube", "bonk", "boop", "unclog", "skydive", "kitesurf", "parasail", "snowboard",
    "skateboard", "waterski", "bodyslam", "sleepwalk", "sleeptalk", "babysit", "photocopy",
    "unicycle", "headbutt", "finger-paint", "carpool", "ding", "flip-flop", "beatbox", "overpack",
    "overshare", "overthink", "cannonball", "deadlift", "benchpress",
}  # fmt: skip


# Pasts and -s forms people say that the table lacks: "my sister snuck out".
_FORMS_THE_TABLE_LACKS = {
    "snuck": "sneak",
    "friended": "friend",
    "slayed": "slay",
    "squished": "squish",
    "slimed": "slime",
    "knitted": "knit",
    "lassos": "lasso",  # the table has only "lassoes"
}


@functools.lru_cache(maxsize=4096)
def verb_the_table_lacks(word: str) -> str | None:
    """The lemma of a form of one of those verbs ("texts" -> "text"), else None."""
    if word.lower() in _FORMS_THE_TABLE_LACKS:
        return _FORMS_THE_TABLE_LACKS[word.lower()]
    # ("photobombed": the rules make "photobom" of it)
    lowered = word.lower()
    stems = (lowered[: -len(end)] for end in ("ed", "d", "ing", "es", "s") if lowered.endswith(end))
    known = next((stem for stem in stems if stem in _VERBS_THE_TABLE_LACKS), None)
    forms = getAllInflectionsOOV(known, "VERB").values() if known is not None else ()
    if any(lowered in told for told in forms):
        return known
    verbs = getAllLemmasOOV(word.lower(), "VERB").get("VERB", ())
    if not verbs:
        return None
    # "unsubscribed", "respawned": a verb the table has, undone or done again
    undone = verbs[0].startswith(("un", "re")) and len(verbs[0]) > 5 and not getAllLemmas(word)
    undone = undone and "VERB" in getAllLemmas(verbs[0][2:])
    return verbs[0] if verbs[0] in _VERBS_THE_TABLE_LACKS or undone else None


# Things lemminflect's table lacks, newer than it: "a sasquatch selfie" is a selfie, never a
# sasquatch named Selfie.
_NOUNS_THE_TABLE_LACKS = {
    "selfie", "smoothie", "emoji", "podcast", "hashtag", "smartphone", "influencer", "app",
    "blog", "vlog",
    "wifi", "chatbot", "hoverboard", "livestream", "webcam", "website", "podcaster", "hotspot",
    "username", "gif", "playlist", "ringtone", "jetpack", "lightsaber", "youtuber", "tiktoker",
    "bitcoin", "squishmallow", "vlogger", "blogger", "photobomb", "fridge", "noob", "npc",
    "airpod", "lawnmower", "leafblower", "smartwatch", "airfryer", "hairdryer", "nightlight",
    "longship", "beyblade", "teleporter", "croc", "blankie", "binky", "onesie", "paci",
    "popsicle", "heist", "stuffer", "plushie", "plushy", "churro", "boba", "mochi", "empanada",
    "tutu", "tattoo", "cop", "hulk", "jack-in-the-box", "zoomies", "dam", "bar", "log", "pan",
    "tin", "burger", "promposal", "firehose", "carpool", "hand-me-down", "flip-flop", "bubblegum",
    "firetruck", "sandcastle", "floaty", "weatherlady", "weathergirl", "slideshow", "roomba",
    "smartboard",
}  # fmt: skip


def noun_the_table_lacks(word: str) -> str | None:
    """The lemma of one of those nouns, or of one WordNet knows that lemminflect's table lacks
    (data/nouns.txt.gz: "trunk", "fridge", "kale"), or of its plural ("selfies" -> "selfie"),
    else None."""
    word = word.lower()
    lacked = _lacked_nouns()
    if word in lacked:
        return word
    if word.endswith("s") and word[:-1] in lacked:
        return word[:-1]  # "selfies"; "smoothies": a smoothie each, never a smoothy
    if word.endswith("ies") and word[:-3] + "y" in lacked:
        return word[:-3] + "y"
    return word[:-2] if word.endswith("xes") and word[:-2] in lacked else None  # "boxes"


@functools.cache
def _lacked_nouns() -> frozenset[str]:
    """Those nouns and WordNet's, never a verb the table lacks ("moonwalk" alone is
    moonwalking)."""
    wordnet = _shipped_words("nouns.txt.gz")
    return frozenset(_NOUNS_THE_TABLE_LACKS) | (wordnet - _VERBS_THE_TABLE_LACKS)


@functools.cache
def _shipped_words(name: str) -> frozenset[str]:
    """The words of one of the lists under data/, built by writer/build_data.py."""
    data = resources.files(__package__).joinpath("data", name).read_bytes()
    return frozenset(gzip.decompress(data).decode().split())


def a_first_name(word: str) -> bool:
    """Whether a word is a first name (data/first_names.txt.gz, from Faker's English-speaking
    locales): "kevin", "sarah"."""
    return word in _shipped_words("first_names.txt.gz")


def only_ever_a_person(lemma: str) -> bool:
    """Whether every sense of a noun is a person ("geek", "prospector", "whistleblower"), as
    WordNet tells its senses (data/people.txt.gz, built by writer/build_data.py)."""
    return lemma in _shipped_words("people.txt.gz")
